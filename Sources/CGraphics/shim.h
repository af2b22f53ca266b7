// Cairo (with its PDF, SVG and PNG back ends), Pango through PangoCairo, and fontconfig, as one
// system module: pangocairo.h includes cairo.h, and two modules each including the same C
// headers would give Swift two copies of every cairo type.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
