/// The API's description (OpenAPI 3.1), served at `/api/openapi.json`.
enum OpenAPIDocument {
    /// The document: the information and paths here, the schemas in `components`.
    static let json = paths + "\n" + components

    /// The start of the document, to the end of its paths.
    static let paths = #"""
        {
         "openapi": "3.1.0",
         "info": {
          "title": "incidents figures API",
          "version": "1.0.0",
          "description": "The statistics engine's figures, as `incidents figures --format json` prints them, and its \#
        charts, as `incidents chart` draws them. Only incidents judged antisemitic are counted, each real incident \#
        once. No personal data is ever returned. Every operation needs a signed-in session (cookie \#
        `incidents_session`, from /sign-in); every role may use it."
         },
         "servers": [
          {
           "url": "/"
          }
         ],
         "security": [
          {
           "session": []
          }
         ],
         "paths": {
          "/api/figures": {
           "get": {
            "operationId": "figures",
            "summary": "Counted incidents for a period, broken down by up to two dimensions (or the headline figures).",
            "parameters": [
             {
              "$ref": "#/components/parameters/period"
             },
             {
              "name": "by",
              "in": "query",
              "description": "A dimension; give it twice to cross two.",
              "schema": {
               "type": "array",
               "maxItems": 2,
               "items": {
                "$ref": "#/components/schemas/Dimension"
               }
              },
              "style": "form",
              "explode": true
             },
             {
              "name": "compare",
              "in": "query",
              "description": "Compare with the same period this many years earlier.",
              "schema": {
               "type": "integer",
               "minimum": 1
              }
             },
             {
              "name": "suppress_below",
              "in": "query",
              "description": "Withhold cells below this count, and the cells that would reveal them.",
              "schema": {
               "type": "integer",
               "minimum": 2
              }
             },
             {
              "name": "headline",
              "in": "query",
              "description": "true: the headline figures and sentences instead of a table.",
              "schema": {
               "type": "string",
               "enum": [
                "true"
               ]
              }
             },
             {
              "name": "threshold",
              "in": "query",
              "description": "With headline: also say how many months exceeded this many incidents.",
              "schema": {
               "type": "integer",
               "minimum": 0
              }
             },
             {
              "name": "since",
              "in": "query",
              "description": "With headline: also give the share on or after this date.",
              "schema": {
               "type": "string",
               "format": "date"
              }
             }
            ],
            "responses": {
             "200": {
              "description": "The figures, exactly as `incidents figures --format json` prints them (or, with \#
        headline=true, as `--headline --format json`).",
              "content": {
               "application/json": {
                "schema": {
                 "oneOf": [
                  {
                   "$ref": "#/components/schemas/Figures"
                  },
                  {
                   "$ref": "#/components/schemas/Headline"
                  }
                 ]
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Refused"
             },
             "401": {
              "$ref": "#/components/responses/SignedOut"
             }
            }
           }
          },
          "/api/charts/{name}": {
           "get": {
            "operationId": "chart",
            "summary": "One standard chart for a period, as `incidents chart NAME` draws it.",
            "parameters": [
             {
              "name": "name",
              "in": "path",
              "required": true,
              "schema": {
               "type": "string",
               "enum": [
                "monthly",
                "categories",
                "regions",
                "map",
                "victims",
                "offenders",
                "methods",
                "discourse",
                "online",
                "sources",
                "trend",
                "month-by-year",
                "category-by-year"
               ]
              }
             },
             {
              "$ref": "#/components/parameters/period"
             },
             {
              "name": "format",
              "in": "query",
              "schema": {
               "type": "string",
               "enum": [
                "png",
                "svg",
                "pdf"
               ],
               "default": "svg"
              }
             },
             {
              "name": "mark",
              "in": "query",
              "description": "DATE=LABEL, a date to mark on the monthly chart (repeatable).",
              "schema": {
               "type": "array",
               "items": {
                "type": "string"
               }
              },
              "style": "form",
              "explode": true
             }
            ],
            "responses": {
             "200": {
              "description": "The chart.",
              "content": {
               "image/png": {
                "schema": {
                 "type": "string",
                 "contentMediaType": "image/png"
                }
               },
               "image/svg+xml": {
                "schema": {
                 "type": "string"
                }
               },
               "application/pdf": {
                "schema": {
                 "type": "string",
                 "contentMediaType": "application/pdf"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Refused"
             },
             "401": {
              "$ref": "#/components/responses/SignedOut"
             },
             "404": {
              "$ref": "#/components/responses/Refused"
             }
            }
           }
          },
          "/api/openapi.json": {
           "get": {
            "operationId": "openapi",
            "summary": "This document.",
            "responses": {
             "200": {
              "description": "OpenAPI 3.1",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/SignedOut"
             }
            }
           }
          }
         },
        """#
}
