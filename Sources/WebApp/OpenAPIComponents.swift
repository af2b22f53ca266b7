extension OpenAPIDocument {
    /// The rest of the document: the schemas and the security scheme (see `OpenAPIDocument.json`).
    static let components = #"""
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
            "description": "A year (2024), January–June (2024-H1), a quarter (2024-Q3), a month (2024-10) or dates \#
        FROM..TO (2023-10-07..2023-12-31).",
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
              "description": "By source only: the capture–recapture estimate of incidents reaching neither source."
             },
             "linking_due": {
              "type": "string",
              "description": "Present only while imported records wait for `incidents link` (may count twice)."
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
             "linking_due": {
              "type": "string",
              "description": "Present only while imported records wait for `incidents link` (may count twice)."
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
