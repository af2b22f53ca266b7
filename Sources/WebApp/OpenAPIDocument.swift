/// The API's description (OpenAPI 3.1), served at `/api/openapi.json`.
enum OpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "incidents figures API",
  "version": "1.0.0",
  "description": "The statistics engine's figures, as `incidents figures --format json` prints them, and its charts, as `incidents chart` draws them. Only incidents judged antisemitic are counted, each real incident once. No personal data is ever returned. Every operation needs a signed-in session (cookie `incidents_session`, from /sign-in); every role may use it."
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
      "description": "The figures, exactly as `incidents figures --format json` prints them (or, with headline=true, as `--headline --format json`).",
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
 "components": {
  "securitySchemes": {
   "session": {
    "type": "apiKey",
    "in": "cookie",
    "name": "incidents_session"
   }
  },
  "parameters": {
   "period": {
    "name": "period",
    "in": "query",
    "required": true,
    "description": "A year (2024), January–June (2024-H1), a quarter (2024-Q3), a month (2024-10) or dates FROM..TO (2023-10-07..2023-12-31).",
    "schema": {
     "type": "string",
     "examples": [
      "2023-10"
     ]
    }
   }
  },
  "responses": {
   "Refused": {
    "description": "The question cannot be answered as put (the message says why and what is allowed).",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "SignedOut": {
    "description": "Not signed in: sign in at /sign-in; the API uses the session cookie.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   }
  },
  "schemas": {
   "Error": {
    "type": "object",
    "required": [
     "error"
    ],
    "properties": {
     "error": {
      "type": "string"
     }
    }
   },
   "Period": {
    "type": "object",
    "required": [
     "code",
     "label",
     "start",
     "end"
    ],
    "properties": {
     "code": {
      "type": "string"
     },
     "label": {
      "type": "string"
     },
     "start": {
      "type": "string",
      "format": "date"
     },
     "end": {
      "type": "string",
      "format": "date"
     }
    }
   },
   "PeriodOrNull": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/Period"
     },
     {
      "type": "null"
     }
    ]
   },
   "Row": {
    "type": "object",
    "required": [
     "values",
     "labels",
     "incidents"
    ],
    "properties": {
     "values": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     },
     "labels": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     },
     "incidents": {
      "type": [
       "integer",
       "null"
      ]
     },
     "previous": {
      "type": [
       "integer",
       "null"
      ]
     },
     "change_pct": {
      "type": [
       "integer",
       "null"
      ]
     },
     "suppressed": {
      "type": "string",
      "enum": [
       "primary",
       "secondary"
      ]
     }
    }
   },
   "Figures": {
    "type": "object",
    "required": [
     "period",
     "dimensions",
     "counting_rules",
     "total",
     "excluded_not_antisemitic",
     "rows",
     "headline"
    ],
    "properties": {
     "period": {
      "$ref": "#/components/schemas/Period"
     },
     "dimensions": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Dimension"
      }
     },
     "counting_rules": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "total": {
      "type": "integer"
     },
     "compared_with": {
      "$ref": "#/components/schemas/PeriodOrNull"
     },
     "previous_total": {
      "type": [
       "integer",
       "null"
      ]
     },
     "change_pct": {
      "type": [
       "integer",
       "null"
      ]
     },
     "excluded_not_antisemitic": {
      "type": "integer"
     },
     "suppression_threshold": {
      "type": [
       "integer",
       "null"
      ]
     },
     "rows": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Row"
      }
     },
     "headline": {
      "type": "string"
     },
     "overlap_estimate": {
      "type": [
       "object",
       "null"
      ],
      "description": "By source only: the capture–recapture estimate of incidents that reached neither source, labelled as an estimate."
     }
    }
   },
   "Headline": {
    "type": "object",
    "required": [
     "period",
     "total",
     "sentences",
     "counting_rules",
     "excluded_not_antisemitic"
    ],
    "properties": {
     "period": {
      "$ref": "#/components/schemas/Period"
     },
     "total": {
      "type": "integer"
     },
     "previous_period": {
      "$ref": "#/components/schemas/PeriodOrNull"
     },
     "previous_total": {
      "type": [
       "integer",
       "null"
      ]
     },
     "change_pct": {
      "type": [
       "integer",
       "null"
      ]
     },
     "rank": {
      "type": [
       "integer",
       "null"
      ]
     },
     "ranked_among": {
      "type": [
       "integer",
       "null"
      ]
     },
     "excluded_not_antisemitic": {
      "type": "integer"
     },
     "counting_rules": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "sentences": {
      "type": "array",
      "items": {
       "type": "string"
      }
     }
    }
   },
   "Dimension": {
    "type": "string",
    "enum": [
     "category",
     "year",
     "month",
     "month_of_year",
     "police_force",
     "region",
     "victim_type",
     "method",
     "online",
     "discourse",
     "source",
     "offender_appearance",
     "offender_gender",
     "offender_age",
     "typology"
    ]
   }
  }
 }
}
"""#
}
