// Written by `npm run api:types` from the api controllers’ return types; do not edit.
import type { ResponseSchemas } from './response-schemas';

export const RESPONSE_SCHEMAS: ResponseSchemas = {
  "components": {
    "AttachmentView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "candidacyId": {
          "type": "string"
        },
        "fileName": {
          "type": "string"
        },
        "mediaType": {
          "type": "string",
          "enum": [
            "application/pdf",
            "image/jpeg",
            "image/png"
          ]
        },
        "sizeBytes": {
          "type": "number"
        },
        "sha256": {
          "type": "string"
        },
        "uploadedAt": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "candidacyId",
        "fileName",
        "mediaType",
        "sizeBytes",
        "sha256",
        "uploadedAt"
      ]
    },
    "AttributeDefinition": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string"
        },
        "label": {
          "type": "string"
        },
        "kind": {
          "type": "string",
          "enum": [
            "boolean",
            "choice"
          ]
        },
        "choices": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "kind 'choice': the values a candidate may give."
        }
      },
      "required": [
        "key",
        "label",
        "kind"
      ],
      "description": "An extra candidate attribute a quota may count (sector, age band, non-party, ethnic minority, 台胞 …)."
    },
    "AuditActorView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "nullable": true,
          "description": "null when the command carried no name (e.g. a congress delegate voting with her one-time code)"
        },
        "roles": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "id",
        "name",
        "roles"
      ],
      "description": "The person behind an action as she was signed in when she sent the command (name and roles from her token)."
    },
    "AuditEntryView": {
      "type": "object",
      "properties": {
        "seq": {
          "type": "string",
          "description": "The event's global sequence number (a decimal string); pass it as `after` to read the next page."
        },
        "type": {
          "type": "string",
          "description": "The event type, e.g. CampaignStageAdvanced"
        },
        "occurredAt": {
          "type": "string"
        },
        "actorId": {
          "type": "string"
        },
        "actor": {
          "$ref": "#/components/schemas/AuditActorView"
        },
        "commandId": {
          "type": "string",
          "nullable": true,
          "description": "The command that caused it (null for an event no command caused)"
        },
        "commandType": {
          "type": "string",
          "nullable": true,
          "description": "The command's type, e.g. AdvanceCampaignStage"
        },
        "stage": {
          "type": "string",
          "description": "CampaignStageAdvanced only: the stage entered (so that \"opened candidacy\" can be told from \"closed it\")"
        },
        "dismissal": {
          "type": "object",
          "properties": {
            "objections": {
              "type": "number"
            },
            "reason": {
              "type": "string"
            }
          },
          "required": [
            "objections",
            "reason"
          ],
          "description": "ObjectionsDismissed only: how many objections and why (the reason is the organiser's own words)"
        }
      },
      "required": [
        "seq",
        "type",
        "occurredAt",
        "actorId",
        "actor",
        "commandId",
        "commandType"
      ],
      "description": "One recorded fact of a campaign, with who caused it and through which command. Never the payload of the event\nor of the command: those can hold juror codes and other credentials."
    },
    "AuditPersonView": {
      "type": "object",
      "properties": {
        "actions": {
          "type": "number",
          "description": "recorded events caused by this person"
        },
        "refused": {
          "type": "number",
          "description": "refused commands sent by this person"
        },
        "id": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "nullable": true,
          "description": "null when the command carried no name (e.g. a congress delegate voting with her one-time code)"
        },
        "roles": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "actions",
        "refused",
        "id",
        "name",
        "roles"
      ],
      "description": "Everyone who acted on the campaign (or tried to), for the organiser's \"filter by person\"."
    },
    "AwardPublication": {
      "type": "string",
      "enum": [
        "ranked",
        "unranked"
      ],
      "description": "Ranked: each tier lists its members by rank. Unranked: in no particular order (排名不分先后)."
    },
    "AwardsView": {
      "type": "object",
      "properties": {
        "publication": {
          "$ref": "#/components/schemas/AwardPublication"
        },
        "published": {
          "type": "boolean",
          "description": "False while the tiers are only what publishing would record now (the finalists in ranking order)."
        },
        "tiers": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/AwardTierView"
          }
        }
      },
      "required": [
        "publication",
        "published",
        "tiers"
      ]
    },
    "AwardTier": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "size": {
          "type": "number"
        }
      },
      "required": [
        "key",
        "title",
        "size"
      ],
      "description": "One award tier (e.g. 十佳家庭 ×10, 提名奖 ×10): the first `size` finalists by ranking not in an earlier tier."
    },
    "AwardTierView": {
      "type": "object",
      "properties": {
        "tierKey": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "size": {
          "type": "number"
        },
        "members": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "unit": {
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "candidacyId",
              "name",
              "unit"
            ]
          },
          "description": "Ranked: in rank order. Unranked: by name (zh-CN collation), which says nothing of rank (排名不分先后)."
        }
      },
      "required": [
        "tierKey",
        "title",
        "size",
        "members"
      ]
    },
    "BallotPaperView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/components/schemas/JuryMode"
        },
        "approvalLimit": {
          "type": "number",
          "nullable": true
        },
        "candidates": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "projectTitle": {
                "type": "string"
              }
            },
            "required": [
              "candidacyId",
              "name",
              "projectTitle"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "mode",
        "approvalLimit",
        "candidates"
      ]
    },
    "CampaignConfig": {
      "type": "object",
      "properties": {
        "title": {
          "type": "string"
        },
        "organisingBody": {
          "type": "string"
        },
        "positions": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/Position"
          }
        },
        "weights": {
          "$ref": "#/components/schemas/WeightsConfig"
        },
        "rubric": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/RubricCriterion"
          }
        },
        "juryMode": {
          "$ref": "#/components/schemas/JuryMode"
        },
        "approvalLimit": {
          "type": "number",
          "description": "In approval mode: the most candidates a juror may approve."
        },
        "competitiveMarginPercent": {
          "type": "number"
        },
        "quotas": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaRule"
          }
        },
        "timeline": {
          "$ref": "#/components/schemas/CampaignTimeline"
        },
        "blindReview": {
          "type": "boolean"
        },
        "publicityWorkingDays": {
          "type": "number",
          "description": "Working days of the publicity period (公示期) after results are published; default 5."
        },
        "retentionDays": {
          "type": "number",
          "description": "Days personal data is kept after certification before it may be erased; DEFAULT_RETENTION_DAYS when left out."
        },
        "bodies": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/GoverningBody"
          },
          "description": "Governing bodies quotas may be checked on; left out = quotas on the whole elected set only."
        },
        "candidateAttributes": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/AttributeDefinition"
          },
          "description": "Extra attributes candidates give (in clear, like the other quota attributes) and quotas may count."
        },
        "pipeline": {
          "$ref": "#/components/schemas/PipelineConfig"
        },
        "nomination": {
          "$ref": "#/components/schemas/NominationRules"
        }
      },
      "required": [
        "title",
        "organisingBody",
        "positions",
        "weights",
        "rubric",
        "juryMode",
        "competitiveMarginPercent",
        "quotas",
        "timeline",
        "blindReview"
      ]
    },
    "CampaignGrantView": {
      "type": "object",
      "properties": {
        "personId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "role": {
          "type": "string",
          "enum": [
            "inspector",
            "counting-officer"
          ]
        },
        "grantedAt": {
          "type": "string"
        }
      },
      "required": [
        "personId",
        "name",
        "role",
        "grantedAt"
      ]
    },
    "CampaignTemplate": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string"
        },
        "title": {
          "$ref": "#/components/schemas/TemplateText"
        },
        "description": {
          "$ref": "#/components/schemas/TemplateText"
        },
        "config": {
          "type": "object",
          "properties": {
            "positions": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Position"
              }
            },
            "weights": {
              "$ref": "#/components/schemas/WeightsConfig"
            },
            "rubric": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/RubricCriterion"
              }
            },
            "juryMode": {
              "type": "string",
              "enum": [
                "score",
                "approval"
              ]
            },
            "approvalLimit": {
              "type": "number",
              "description": "In approval mode: the most candidates a juror may approve."
            },
            "competitiveMarginPercent": {
              "type": "number"
            },
            "quotas": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/QuotaRule"
              }
            },
            "blindReview": {
              "type": "boolean"
            },
            "publicityWorkingDays": {
              "type": "number",
              "description": "Working days of the publicity period (公示期) after results are published; default 5."
            },
            "retentionDays": {
              "type": "number",
              "description": "Days personal data is kept after certification before it may be erased; DEFAULT_RETENTION_DAYS when left out."
            },
            "bodies": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/GoverningBody"
              },
              "description": "Governing bodies quotas may be checked on; left out = quotas on the whole elected set only."
            },
            "candidateAttributes": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/AttributeDefinition"
              },
              "description": "Extra attributes candidates give (in clear, like the other quota attributes) and quotas may count."
            },
            "pipeline": {
              "$ref": "#/components/schemas/PipelineConfig"
            },
            "nomination": {
              "$ref": "#/components/schemas/NominationRules"
            }
          },
          "required": [
            "positions"
          ]
        }
      },
      "required": [
        "key",
        "title",
        "description",
        "config"
      ],
      "description": "A starting configuration an organiser fills in rather than entering everything again: positions, rubric, weights,\nquotas and the jury's mode. Title and organising body are hers to write; dates are set per campaign."
    },
    "CampaignTimeline": {
      "type": "object",
      "properties": {
        "candidacyOpensAt": {
          "type": "string"
        },
        "candidacyClosesAt": {
          "type": "string"
        },
        "juryClosesAt": {
          "type": "string"
        },
        "projectReviewClosesAt": {
          "type": "string",
          "description": "Experts with sheets still to submit get a reminder before it (issue 17); nothing closes by itself."
        },
        "congressAt": {
          "type": "string"
        }
      }
    },
    "CampaignView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "organisingBody": {
          "type": "string"
        },
        "organisationId": {
          "type": "string",
          "nullable": true
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "nextStage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ],
          "nullable": true
        },
        "allows": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/StageActivity"
          },
          "description": "What its stage allows (GET /stages has every stage's): the web UI shows and hides by this, not by stage."
        },
        "stages": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/StageDefinition"
          },
          "description": "The campaign's own stages in order (its pipeline's, less those it leaves out), as GET /stages gives them."
        },
        "config": {
          "$ref": "#/components/schemas/CampaignConfig"
        },
        "origin": {
          "type": "object",
          "properties": {
            "template": {
              "type": "string"
            },
            "clonedFrom": {
              "type": "string"
            }
          },
          "nullable": true,
          "description": "The template (key) or past campaign (id) its configuration started from; null when entered from scratch."
        },
        "deadlineExtensions": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/DeadlineExtensionRecord"
          },
          "description": "Deadlines extended while it ran, oldest first, each with its reason."
        },
        "extendableDeadlines": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/ExtendableDeadline"
          },
          "description": "The deadlines its stage still lets the organiser extend (POST /campaigns/:id/timeline/extend)."
        },
        "qualifiedCandidatesMayWithdraw": {
          "type": "boolean",
          "description": "Whether a qualified candidate may still withdraw, candidacy having closed (POST /candidacies/:id/withdraw)."
        },
        "version": {
          "type": "number"
        },
        "createdAt": {
          "type": "string"
        },
        "updatedAt": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "title",
        "organisingBody",
        "organisationId",
        "stage",
        "nextStage",
        "allows",
        "stages",
        "config",
        "origin",
        "deadlineExtensions",
        "extendableDeadlines",
        "qualifiedCandidatesMayWithdraw",
        "version",
        "createdAt",
        "updatedAt"
      ],
      "description": "A campaign as the API shows it."
    },
    "CandidacyConsent": {
      "type": "object",
      "properties": {
        "processing": {
          "type": "boolean"
        },
        "publishName": {
          "type": "boolean"
        },
        "publishEmployer": {
          "type": "boolean"
        },
        "publishProjectTitle": {
          "type": "boolean"
        }
      },
      "required": [
        "processing",
        "publishName",
        "publishEmployer",
        "publishProjectTitle"
      ],
      "description": "What the candidate agreed to (PIPL art. 14, 29: separate consent for each purpose). Processing for the selection\nitself is required to take part at all; publication of her name, employer and project title are each her choice.\nThe name of a finalist or of the elected is published whatever she chose: an election result names who was elected."
    },
    "CandidacySheetsView": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "numberedAs": {
          "type": "string",
          "enum": [
            "project",
            "candidacy"
          ]
        },
        "number": {
          "type": "number"
        },
        "label": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "description": "Organiser only."
        },
        "projectReviewScore": {
          "type": "string",
          "nullable": true
        },
        "mine": {
          "allOf": [
            {
              "$ref": "#/components/schemas/SheetView"
            }
          ],
          "nullable": true,
          "description": "The viewer's own sheet (experts)."
        },
        "sheets": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "expertId": {
                "type": "string"
              },
              "status": {
                "$ref": "#/components/schemas/SheetStatus"
              },
              "scores": {
                "type": "object",
                "properties": {},
                "additionalProperties": {
                  "type": "string"
                }
              },
              "comment": {
                "type": "string"
              },
              "total": {
                "type": "string",
                "nullable": true,
                "description": "Exact total while submitted, else null."
              },
              "unlockCount": {
                "type": "number"
              },
              "lastUnlockReason": {
                "type": "string",
                "nullable": true
              },
              "recused": {
                "type": "boolean"
              }
            },
            "required": [
              "expertId",
              "status",
              "scores",
              "comment",
              "total",
              "unlockCount",
              "lastUnlockReason"
            ]
          },
          "description": "Organiser: every sheet (any status); expert: the other experts' counted (submitted, not recused) sheets."
        }
      },
      "required": [
        "candidacyId",
        "numberedAs",
        "number",
        "label",
        "projectReviewScore",
        "sheets"
      ]
    },
    "CandidacyStatus": {
      "type": "string",
      "enum": [
        "accepted",
        "rejected",
        "submitted",
        "withdrawn"
      ]
    },
    "CandidacyView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "campaignId": {
          "type": "string"
        },
        "candidateId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "$ref": "#/components/schemas/CandidacyStatus"
        },
        "qualificationReason": {
          "type": "string",
          "nullable": true
        },
        "details": {
          "$ref": "#/components/schemas/CandidateDetails"
        },
        "proposal": {
          "$ref": "#/components/schemas/ProjectProposal"
        },
        "consent": {
          "$ref": "#/components/schemas/CandidacyConsent"
        },
        "nomination": {
          "$ref": "#/components/schemas/NominationView"
        },
        "submittedAt": {
          "type": "string"
        },
        "updatedAt": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "campaignId",
        "candidateId",
        "name",
        "status",
        "qualificationReason",
        "details",
        "proposal",
        "consent",
        "nomination",
        "submittedAt",
        "updatedAt"
      ]
    },
    "CandidateDetails": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "contact": {
          "type": "string"
        },
        "gender": {
          "type": "string",
          "enum": [
            "female",
            "male",
            "other"
          ]
        },
        "birthYear": {
          "type": "number"
        },
        "education": {
          "type": "string"
        },
        "employer": {
          "type": "string"
        },
        "sector": {
          "type": "string"
        },
        "employment": {
          "type": "string",
          "enum": [
            "full-time",
            "seconded",
            "part-time"
          ]
        },
        "grassrootsFrontline": {
          "type": "boolean"
        },
        "statement": {
          "type": "string"
        },
        "attributes": {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "boolean"
              }
            ]
          },
          "description": "The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;\nkept in clear like the other quota attributes. Left out when the campaign defines none."
        }
      },
      "required": [
        "name",
        "contact",
        "gender",
        "birthYear",
        "education",
        "employer",
        "sector",
        "employment",
        "grassrootsFrontline",
        "statement"
      ],
      "description": "Who the candidate is. Age (birth year), education and rank are recorded for the record and for statistics,\nbut no rule ever reads them to exclude anyone (DOMAIN.md stage 2, always)."
    },
    "CandidateMarks": {
      "type": "object",
      "properties": {
        "approve": {
          "type": "number"
        },
        "oppose": {
          "type": "number"
        },
        "abstain": {
          "type": "number"
        }
      },
      "required": [
        "approve",
        "oppose",
        "abstain"
      ]
    },
    "CandidateOutcome": {
      "type": "string",
      "enum": [
        "elected",
        "run-off",
        "void",
        "not-elected"
      ],
      "description": "'run-off': tied for the last seats; 'void': the vote was void, so nobody's outcome is decided."
    },
    "CandidateStatus": {
      "type": "string",
      "enum": [
        "elected",
        "withdrawn",
        "not-elected",
        "awarded",
        "not-awarded",
        "failed-inspection",
        "not-shortlisted",
        "not-qualified"
      ],
      "description": "Where a candidate ended in the selection (an honours campaign's finalists are awarded or not, never elected)."
    },
    "CastBallotAnswer": {
      "type": "object",
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "accepted"
          ]
        },
        "campaignId": {
          "type": "string"
        },
        "ballotId": {
          "type": "string"
        },
        "receipt": {
          "type": "string"
        },
        "seq": {
          "type": "string",
          "description": "Acceptance sequence: her ballot with the highest one is the one counted."
        }
      },
      "required": [
        "status",
        "campaignId",
        "ballotId",
        "receipt",
        "seq"
      ]
    },
    "ChildCampaignView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "organisationId": {
          "type": "string"
        },
        "organisationName": {
          "type": "string"
        },
        "finalists": {
          "type": "number",
          "description": "How many people its certified result hands on."
        },
        "adopted": {
          "type": "boolean",
          "description": "Its finalists are already candidates of the parent."
        }
      },
      "required": [
        "campaignId",
        "title",
        "organisationId",
        "organisationName",
        "finalists",
        "adopted"
      ],
      "description": "A campaign whose certified finalists the parent campaign may take as candidates."
    },
    "CommandOutcome": {
      "type": "object",
      "properties": {
        "commandId": {
          "type": "string"
        },
        "type": {
          "type": "string"
        },
        "campaignId": {
          "type": "string"
        },
        "status": {
          "$ref": "#/components/schemas/CommandStatus"
        },
        "result": {},
        "error": {
          "$ref": "#/components/schemas/CommandRejection"
        },
        "createdAt": {
          "type": "string"
        },
        "completedAt": {
          "type": "string"
        }
      },
      "required": [
        "commandId",
        "type",
        "campaignId",
        "status",
        "createdAt"
      ],
      "description": "What a client learns about a command: `GET /commands/:id` and `?wait=true` both answer with this."
    },
    "CommandRejection": {
      "type": "object",
      "properties": {
        "code": {
          "type": "string"
        },
        "message": {
          "type": "string"
        },
        "kind": {
          "type": "string",
          "enum": [
            "conflict",
            "invalid",
            "forbidden",
            "not-found",
            "unauthenticated",
            "internal"
          ]
        },
        "field": {
          "type": "string"
        },
        "params": {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "number"
              }
            ]
          },
          "description": "The refusal's variable parts (see RefusalParams in libs/domain), for clients that word it themselves."
        }
      },
      "required": [
        "code",
        "message",
        "kind"
      ]
    },
    "CommandStatus": {
      "type": "string",
      "enum": [
        "rejected",
        "failed",
        "pending",
        "succeeded"
      ],
      "description": "failed: the command hit a defect in our code; it was not applied, and retrying it would fail the same way."
    },
    "CompetitiveException": {
      "type": "object",
      "properties": {
        "reason": {
          "type": "string"
        },
        "recordedBy": {
          "type": "string"
        }
      },
      "required": [
        "reason"
      ],
      "description": "An organiser's recorded decision to hold a round with no more candidates than seats (等额)."
    },
    "CongressElectionStatus": {
      "type": "string",
      "enum": [
        "elected",
        "run-off-required",
        "further-round-required",
        "void"
      ],
      "description": "Stage 9 — the result of one congress round.\n\n- returned > issued: the whole vote is void and must be repeated (status 'void', nobody elected).\n- Elected: approvals MORE than half of the majority base (delegates present by default, or registered);\n  exactly half is not enough. Those with a majority take seats by approvals until the seats are filled.\n- A tie at the last seat among majority candidates: the seats above the tie are filled, the rest go to a\n  run-off among the tied (status 'run-off-required').\n- Too few with a majority: the seats left go to a further round (另行选举) among those not elected\n  (status 'further-round-required'); that round must again be competitive unless an exception is recorded."
    },
    "CongressRoundKind": {
      "type": "string",
      "enum": [
        "first",
        "run-off",
        "further"
      ],
      "description": "'first': the first round of a position (all eligible finalists); 'run-off': among those tied for the last\nseats (再次投票); 'further': a further round for seats left unfilled (另行选举), among those not elected.\nA repeat of a void round keeps the kind of the round it repeats and names it in `repeatOf`."
    },
    "CongressVotingMethod": {
      "type": "string",
      "enum": [
        "electronic",
        "paper"
      ]
    },
    "CredentialStatus": {
      "type": "string",
      "enum": [
        "not-opened",
        "opened",
        "voted",
        "revoked"
      ],
      "description": "Where a juror's code stands: not opened yet; opened (in one or more browsers); voted (she has a counted ballot —\ntold only once the jury has closed, so that the roster cannot be watched to see whose ballot just landed);\nrevoked by the organiser."
    },
    "DeadlineExtensionRecord": {
      "type": "object",
      "properties": {
        "deadline": {
          "$ref": "#/components/schemas/ExtendableDeadline"
        },
        "from": {
          "type": "string"
        },
        "to": {
          "type": "string"
        },
        "reason": {
          "type": "string"
        },
        "extendedAt": {
          "type": "string"
        },
        "extendedBy": {
          "type": "string"
        }
      },
      "required": [
        "deadline",
        "from",
        "to",
        "reason",
        "extendedAt",
        "extendedBy"
      ],
      "description": "One extension of a deadline as the campaign page lists it."
    },
    "DelegateBallotView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "roundId": {
          "type": "string"
        },
        "number": {
          "type": "number"
        },
        "positionKey": {
          "type": "string"
        },
        "positionTitle": {
          "type": "string"
        },
        "kind": {
          "$ref": "#/components/schemas/CongressRoundKind"
        },
        "seats": {
          "type": "number"
        },
        "maxApprovals": {
          "type": "number",
          "description": "Approve at most this many (write-ins included), or the ballot is invalid."
        },
        "candidates": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/NamedCandidacy"
          }
        },
        "writeIns": {
          "type": "object",
          "properties": {
            "allowed": {
              "type": "boolean"
            },
            "eligible": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/NamedCandidacy"
              }
            }
          },
          "required": [
            "allowed",
            "eligible"
          ]
        },
        "roundOpen": {
          "type": "boolean"
        },
        "used": {
          "type": "boolean",
          "description": "Whether this code has already been used."
        }
      },
      "required": [
        "campaignId",
        "roundId",
        "number",
        "positionKey",
        "positionTitle",
        "kind",
        "seats",
        "maxApprovals",
        "candidates",
        "writeIns",
        "roundOpen",
        "used"
      ]
    },
    "DelegateRosterView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "registered": {
          "type": "number"
        },
        "present": {
          "type": "number"
        },
        "delegates": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "delegateId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "checkedIn": {
                "type": "boolean"
              },
              "checkedInAt": {
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "delegateId",
              "name",
              "checkedIn",
              "checkedInAt"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "registered",
        "present",
        "delegates"
      ]
    },
    "ElectedBy": {
      "type": "string",
      "enum": [
        "majority",
        "most-votes"
      ],
      "description": "What decides who is elected: more than half of the majority base in a round (过半数), or the most votes among\nthe tied in a run-off (得票多者当选) — the tied candidates already passed the majority in the round that tied them."
    },
    "ElectedQuotaCheckView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "completed": {
          "type": "boolean"
        },
        "quotas": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "attribute": {
                "type": "string"
              },
              "equals": {
                "oneOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "number"
                  },
                  {
                    "type": "boolean"
                  }
                ]
              },
              "minSharePercent": {
                "type": "string",
                "nullable": true
              },
              "maxSharePercent": {
                "type": "string",
                "nullable": true
              },
              "body": {
                "type": "string"
              }
            },
            "required": [
              "attribute",
              "equals",
              "minSharePercent",
              "maxSharePercent"
            ]
          }
        },
        "members": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "positionKey": {
                "type": "string"
              },
              "attributes": {
                "type": "object",
                "properties": {},
                "additionalProperties": {}
              }
            },
            "required": [
              "candidacyId",
              "name",
              "positionKey",
              "attributes"
            ]
          }
        },
        "violations": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaViolationView"
          },
          "description": "On the whole elected set and on each body (its elected and sitting members); empty = the quotas are met."
        },
        "byPosition": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "positionKey": {
                "type": "string"
              },
              "violations": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/QuotaViolationView"
                }
              }
            },
            "required": [
              "positionKey",
              "violations"
            ]
          }
        },
        "passed": {
          "type": "boolean"
        },
        "quotaFurtherRound": {
          "$ref": "#/components/schemas/QuotaFurtherRoundView"
        }
      },
      "required": [
        "campaignId",
        "completed",
        "quotas",
        "members",
        "violations",
        "byPosition",
        "passed",
        "quotaFurtherRound"
      ]
    },
    "ElectedView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "completed": {
          "type": "boolean"
        },
        "completedAt": {
          "type": "string",
          "nullable": true
        },
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "positionKey": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "seats": {
                "type": "number"
              },
              "filled": {
                "type": "boolean"
              },
              "elected": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/NamedCandidacy"
                }
              }
            },
            "required": [
              "positionKey",
              "title",
              "seats",
              "filled",
              "elected"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "completed",
        "completedAt",
        "positions"
      ]
    },
    "ElectionMinutes": {
      "type": "object",
      "properties": {
        "positionId": {
          "type": "string",
          "nullable": true
        },
        "round": {
          "type": "string",
          "enum": [
            "run-off",
            "congress"
          ]
        },
        "electedBy": {
          "$ref": "#/components/schemas/ElectedBy"
        },
        "registeredDelegates": {
          "type": "number"
        },
        "presentDelegates": {
          "type": "number"
        },
        "quorum": {
          "$ref": "#/components/schemas/QuorumRule"
        },
        "majorityBase": {
          "type": "string",
          "enum": [
            "present",
            "registered"
          ],
          "nullable": true,
          "description": "null in a run-off: most approvals wins, no majority needed."
        },
        "majorityThreshold": {
          "type": "number",
          "nullable": true
        },
        "seats": {
          "type": "number"
        },
        "method": {
          "type": "string",
          "enum": [
            "electronic",
            "paper"
          ]
        },
        "ballotsIssued": {
          "type": "number"
        },
        "ballotsReturned": {
          "type": "number"
        },
        "validBallots": {
          "type": "number"
        },
        "invalidBallots": {
          "type": "number"
        },
        "invalidReasons": {
          "type": "object",
          "properties": {
            "over-approval": {
              "type": "number"
            },
            "unknown-candidate": {
              "type": "number"
            },
            "bad-mark": {
              "type": "number"
            }
          }
        },
        "disregardedWriteIns": {
          "type": "number"
        },
        "candidates": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/MinutesLine"
          }
        },
        "elected": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "status": {
          "$ref": "#/components/schemas/CongressElectionStatus"
        }
      },
      "required": [
        "positionId",
        "round",
        "electedBy",
        "registeredDelegates",
        "presentDelegates",
        "quorum",
        "majorityBase",
        "majorityThreshold",
        "seats",
        "method",
        "ballotsIssued",
        "ballotsReturned",
        "validBallots",
        "invalidBallots",
        "invalidReasons",
        "disregardedWriteIns",
        "candidates",
        "elected",
        "status"
      ],
      "description": "The election minutes (选举记录) as published."
    },
    "ElectionOverviewView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string"
        },
        "finalists": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "rank": {
                "type": "number"
              }
            },
            "required": [
              "candidacyId",
              "name",
              "rank"
            ]
          },
          "nullable": true
        },
        "rules": {
          "type": "object",
          "properties": {
            "quorum": {
              "$ref": "#/components/schemas/QuorumRule"
            },
            "majorityBase": {
              "$ref": "#/components/schemas/MajorityBase"
            }
          },
          "required": [
            "quorum",
            "majorityBase"
          ]
        },
        "registeredDelegates": {
          "type": "number"
        },
        "presentDelegates": {
          "type": "number"
        },
        "openRoundId": {
          "type": "string",
          "nullable": true
        },
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "positionKey": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "seats": {
                "type": "number"
              },
              "elected": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/NamedCandidacy"
                }
              },
              "filled": {
                "type": "boolean"
              },
              "openRoundId": {
                "type": "string",
                "nullable": true
              },
              "next": {
                "type": "object",
                "properties": {
                  "kind": {
                    "$ref": "#/components/schemas/CongressRoundKind"
                  },
                  "repeatOf": {
                    "type": "string",
                    "nullable": true
                  },
                  "seats": {
                    "type": "number"
                  },
                  "candidates": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/NamedCandidacy"
                    }
                  },
                  "competitive": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "kind",
                  "repeatOf",
                  "seats",
                  "candidates",
                  "competitive"
                ],
                "nullable": true
              }
            },
            "required": [
              "positionKey",
              "title",
              "seats",
              "elected",
              "filled",
              "openRoundId",
              "next"
            ]
          }
        },
        "completed": {
          "type": "boolean"
        },
        "inspectionException": {
          "type": "object",
          "properties": {
            "reason": {
              "type": "string"
            },
            "finalists": {
              "type": "number"
            },
            "seats": {
              "type": "number"
            }
          },
          "required": [
            "reason",
            "finalists",
            "seats"
          ],
          "nullable": true,
          "description": "Inspection closed with no more finalists than seats, with the organiser's written reason (等额选举)."
        }
      },
      "required": [
        "campaignId",
        "stage",
        "finalists",
        "rules",
        "registeredDelegates",
        "presentDelegates",
        "openRoundId",
        "positions",
        "completed",
        "inspectionException"
      ]
    },
    "ElectionRoundView": {
      "type": "object",
      "properties": {
        "roundId": {
          "type": "string"
        },
        "positionKey": {
          "type": "string"
        },
        "positionTitle": {
          "type": "string"
        },
        "number": {
          "type": "number"
        },
        "positionRound": {
          "type": "number"
        },
        "kind": {
          "$ref": "#/components/schemas/CongressRoundKind"
        },
        "repeatOf": {
          "type": "string",
          "nullable": true
        },
        "method": {
          "$ref": "#/components/schemas/CongressVotingMethod"
        },
        "status": {
          "type": "string",
          "enum": [
            "open",
            "closed"
          ]
        },
        "seats": {
          "type": "number"
        },
        "candidates": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/NamedCandidacy"
          }
        },
        "writeInEligible": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/NamedCandidacy"
          },
          "nullable": true
        },
        "competitiveException": {
          "allOf": [
            {
              "$ref": "#/components/schemas/CompetitiveException"
            }
          ],
          "nullable": true
        },
        "registeredDelegates": {
          "type": "number"
        },
        "presentDelegates": {
          "type": "number"
        },
        "quorum": {
          "$ref": "#/components/schemas/QuorumRule"
        },
        "majorityBase": {
          "$ref": "#/components/schemas/MajorityBase"
        },
        "credentialsIssued": {
          "type": "number"
        },
        "ballotsCast": {
          "type": "number"
        },
        "paperCount": {
          "allOf": [
            {
              "$ref": "#/components/schemas/PaperCount"
            }
          ],
          "nullable": true
        },
        "outcome": {
          "type": "object",
          "properties": {
            "elected": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "candidacyId": {
                    "type": "string"
                  },
                  "approvals": {
                    "type": "number"
                  }
                },
                "required": [
                  "candidacyId",
                  "approvals"
                ]
              },
              "description": "Elected in this round, most approvals first."
            },
            "status": {
              "$ref": "#/components/schemas/CongressElectionStatus"
            },
            "runOff": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/RunOffCall"
                }
              ],
              "nullable": true
            },
            "furtherRound": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/FurtherRoundCall"
                }
              ],
              "nullable": true
            },
            "voidReason": {
              "type": "string",
              "nullable": true
            },
            "positionElected": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "Everyone elected to the position so far, in order of election."
            }
          },
          "required": [
            "elected",
            "status",
            "runOff",
            "furtherRound",
            "voidReason",
            "positionElected"
          ],
          "nullable": true
        },
        "minutes": {
          "allOf": [
            {
              "$ref": "#/components/schemas/ElectionMinutes"
            }
          ],
          "nullable": true,
          "description": "The minutes (选举记录) as recorded when the round closed; null while open."
        },
        "openedAt": {
          "type": "string"
        },
        "closedAt": {
          "type": "string",
          "nullable": true
        }
      },
      "required": [
        "roundId",
        "positionKey",
        "positionTitle",
        "number",
        "positionRound",
        "kind",
        "repeatOf",
        "method",
        "status",
        "seats",
        "candidates",
        "writeInEligible",
        "competitiveException",
        "registeredDelegates",
        "presentDelegates",
        "quorum",
        "majorityBase",
        "credentialsIssued",
        "ballotsCast",
        "paperCount",
        "outcome",
        "minutes",
        "openedAt",
        "closedAt"
      ]
    },
    "ErasureRequest": {
      "type": "object",
      "properties": {
        "requestedAt": {
          "type": "string"
        },
        "erasableFrom": {
          "type": "string",
          "nullable": true
        },
        "pending": {
          "type": "string",
          "enum": [
            "campaign-not-certified"
          ],
          "description": "Why no date can be given yet."
        },
        "erasedAt": {
          "type": "string",
          "description": "When her data was crypto-shredded (every campaign of hers erased); absent until then."
        }
      },
      "required": [
        "requestedAt",
        "erasableFrom"
      ]
    },
    "ExpertCandidacyView": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "numberedAs": {
          "type": "string",
          "enum": [
            "project",
            "candidacy"
          ],
          "description": "How a blind expert refers to it: a project's number in submission order (see BlindLabel); `label` in English."
        },
        "number": {
          "type": "number"
        },
        "label": {
          "type": "string"
        },
        "blind": {
          "type": "boolean"
        },
        "candidate": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "contact": {
              "type": "string"
            },
            "gender": {
              "type": "string",
              "enum": [
                "female",
                "male",
                "other"
              ]
            },
            "birthYear": {
              "type": "number"
            },
            "education": {
              "type": "string"
            },
            "employer": {
              "type": "string"
            },
            "sector": {
              "type": "string"
            },
            "employment": {
              "type": "string",
              "enum": [
                "full-time",
                "seconded",
                "part-time"
              ]
            },
            "grassrootsFrontline": {
              "type": "boolean"
            },
            "statement": {
              "type": "string"
            },
            "attributes": {
              "type": "object",
              "properties": {},
              "additionalProperties": {
                "oneOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "boolean"
                  }
                ]
              },
              "description": "The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;\nkept in clear like the other quota attributes. Left out when the campaign defines none."
            },
            "candidateId": {
              "type": "string"
            }
          },
          "required": [
            "name",
            "contact",
            "gender",
            "birthYear",
            "education",
            "employer",
            "sector",
            "employment",
            "grassrootsFrontline",
            "statement",
            "candidateId"
          ],
          "nullable": true
        },
        "proposal": {
          "allOf": [
            {
              "$ref": "#/components/schemas/ProjectProposal"
            }
          ],
          "nullable": true,
          "description": "null when she is recused for it."
        },
        "recused": {
          "type": "boolean"
        },
        "sheet": {
          "allOf": [
            {
              "$ref": "#/components/schemas/SheetView"
            }
          ],
          "nullable": true,
          "description": "Her own sheet, if any."
        }
      },
      "required": [
        "candidacyId",
        "numberedAs",
        "number",
        "label",
        "blind",
        "candidate",
        "proposal",
        "recused",
        "sheet"
      ],
      "description": "A candidacy as an expert sees it. While blind, `candidate` is null and the proposal is scrubbed of her identity."
    },
    "ExtendableDeadline": {
      "type": "string",
      "enum": [
        "candidacyClosesAt",
        "juryClosesAt",
        "projectReviewClosesAt",
        "congressAt"
      ],
      "description": "A date of the timeline that may be moved later once the campaign runs (see campaign-deadlines.ts)."
    },
    "FurtherRoundCall": {
      "type": "object",
      "properties": {
        "seats": {
          "type": "number"
        },
        "eligibleCandidateIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Everyone not elected (ballot candidates and written-in persons with approvals), most approvals first."
        },
        "competitive": {
          "type": "boolean",
          "description": "Whether more are eligible than seats; if not, the further round needs a recorded exception."
        }
      },
      "required": [
        "seats",
        "eligibleCandidateIds",
        "competitive"
      ]
    },
    "GoverningBody": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "positionKeys": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The campaign's positions whose elected people join this body."
        },
        "sittingMembers": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/SittingMembers"
          }
        }
      },
      "required": [
        "key",
        "title",
        "positionKeys"
      ],
      "description": "A governing body (e.g. the standing committee) whose composition quotas are checked on (DOMAIN.md stage 9)."
    },
    "InvitedRole": {
      "type": "string",
      "enum": [
        "organiser",
        "expert",
        "inspector",
        "counting-officer"
      ]
    },
    "IssuedCredential": {
      "type": "object",
      "properties": {
        "jurorId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "reference": {
          "type": "string"
        },
        "line": {
          "type": "number"
        },
        "code": {
          "type": "string",
          "description": "The one-time code: shown in this answer only (only its hash is stored)."
        },
        "link": {
          "type": "string",
          "description": "The link for her card or QR code."
        }
      },
      "required": [
        "jurorId",
        "name",
        "code",
        "link"
      ]
    },
    "JurorListView": {
      "type": "object",
      "properties": {
        "total": {
          "type": "number"
        },
        "notOpened": {
          "type": "number"
        },
        "opened": {
          "type": "number"
        },
        "voted": {
          "type": "number",
          "description": "Jurors with a counted ballot; 0 until the jury closes (see votedKnown)."
        },
        "revoked": {
          "type": "number"
        },
        "votedKnown": {
          "type": "boolean",
          "description": "false while the jury is open: who voted is told only after the close."
        },
        "jurors": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/JurorView"
          }
        }
      },
      "required": [
        "total",
        "notOpened",
        "opened",
        "voted",
        "revoked",
        "votedKnown",
        "jurors"
      ]
    },
    "JurorView": {
      "type": "object",
      "properties": {
        "jurorId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "reference": {
          "type": "string",
          "nullable": true
        },
        "userId": {
          "type": "string",
          "nullable": true
        },
        "line": {
          "type": "number",
          "nullable": true
        },
        "status": {
          "$ref": "#/components/schemas/CredentialStatus"
        },
        "registeredAt": {
          "type": "string"
        },
        "openedAt": {
          "type": "string",
          "nullable": true
        },
        "revokedAt": {
          "type": "string",
          "nullable": true
        },
        "revokeReason": {
          "type": "string",
          "nullable": true
        }
      },
      "required": [
        "jurorId",
        "name",
        "reference",
        "userId",
        "line",
        "status",
        "registeredAt",
        "openedAt",
        "revokedAt",
        "revokeReason"
      ]
    },
    "JuryMode": {
      "type": "string",
      "enum": [
        "score",
        "approval"
      ]
    },
    "JuryProgressView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "final": {
          "type": "boolean",
          "description": "The jury stage has ended and every accepted ballot is counted: the tally will not change."
        },
        "received": {
          "type": "number",
          "description": "Ballots accepted by the api (202), replacements and repeats included."
        },
        "processed": {
          "type": "number",
          "description": "Accepted ballots the worker has written to PostgreSQL."
        },
        "counted": {
          "type": "number",
          "description": "Jurors with a counted ballot (one each)."
        },
        "pending": {
          "type": "number",
          "description": "Accepted but not yet written: received − processed."
        }
      },
      "required": [
        "campaignId",
        "stage",
        "final",
        "received",
        "processed",
        "counted",
        "pending"
      ]
    },
    "JuryResult": {
      "type": "object",
      "properties": {
        "mode": {
          "$ref": "#/components/schemas/JuryMode"
        },
        "validBallots": {
          "type": "number"
        },
        "scores": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "score": {
                "type": "string"
              }
            },
            "required": [
              "candidacyId",
              "score"
            ]
          }
        },
        "source": {
          "type": "string",
          "enum": [
            "electronic",
            "paper"
          ]
        },
        "candidateIds": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "candidates": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/JuryTallyRow"
          }
        },
        "receiptsDigest": {
          "type": "string",
          "description": "Electronic: sha256 of the sorted counted receipts joined by \"\\n\", so anyone holding the published list can check it."
        }
      },
      "required": [
        "mode",
        "validBallots",
        "scores",
        "source",
        "candidateIds",
        "candidates"
      ],
      "description": "The jury's result, recorded once after the jury stage has ended and every accepted ballot is counted.\n`mode`, `validBallots` and `scores` (candidacy → jury part score) are what the ranking folds (see\nranking/part-scores.ts; shortlisting/shortlisting-events.ts declares the same event); the rest lets anyone re-check the numbers.\nA candidate nobody could vote on has no entry in `scores`."
    },
    "JuryTallyRow": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "ballots": {
          "type": "number",
          "description": "Ballots that gave this candidate a mark (score mode) or valid ballots (approval mode)."
        },
        "sum": {
          "type": "string"
        },
        "lowest": {
          "type": "number",
          "nullable": true
        },
        "highest": {
          "type": "number",
          "nullable": true
        },
        "trimmedMean": {
          "type": "string",
          "nullable": true,
          "description": "Score mode: mean after dropping one highest and one lowest when there are at least 5 scores; unrounded."
        },
        "approvals": {
          "type": "number"
        },
        "juryScore": {
          "type": "string",
          "nullable": true,
          "description": "The jury part score, 0–100, 2 decimals, half up; null when nobody voted."
        }
      },
      "required": [
        "candidacyId",
        "ballots",
        "juryScore"
      ],
      "description": "One candidate's line of a jury tally; numbers that decide an outcome are exact decimal strings."
    },
    "JuryTallyView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "mode": {
          "$ref": "#/components/schemas/JuryMode"
        },
        "source": {
          "type": "string",
          "enum": [
            "electronic",
            "paper"
          ]
        },
        "final": {
          "type": "boolean"
        },
        "progress": {
          "$ref": "#/components/schemas/JuryProgressView"
        },
        "validBallots": {
          "type": "number"
        },
        "candidates": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "ballots": {
                "type": "number",
                "description": "Ballots that gave this candidate a mark (score mode) or valid ballots (approval mode)."
              },
              "sum": {
                "type": "string"
              },
              "lowest": {
                "type": "number",
                "nullable": true
              },
              "highest": {
                "type": "number",
                "nullable": true
              },
              "trimmedMean": {
                "type": "string",
                "nullable": true,
                "description": "Score mode: mean after dropping one highest and one lowest when there are at least 5 scores; unrounded."
              },
              "approvals": {
                "type": "number"
              },
              "juryScore": {
                "type": "string",
                "nullable": true,
                "description": "The jury part score, 0–100, 2 decimals, half up; null when nobody voted."
              },
              "name": {
                "type": "string"
              }
            },
            "required": [
              "candidacyId",
              "ballots",
              "juryScore",
              "name"
            ]
          }
        },
        "recorded": {
          "allOf": [
            {
              "$ref": "#/components/schemas/JuryResult"
            }
          ],
          "nullable": true,
          "description": "The result as recorded in the campaign's history, once it is."
        }
      },
      "required": [
        "campaignId",
        "stage",
        "mode",
        "source",
        "final",
        "progress",
        "validBallots",
        "candidates",
        "recorded"
      ]
    },
    "MajorityBase": {
      "type": "string",
      "enum": [
        "present",
        "registered"
      ],
      "description": "Majority of whom a candidate needs more than half: delegates present (default) or registered."
    },
    "MinutesLine": {
      "type": "object",
      "properties": {
        "passesMajority": {
          "type": "boolean",
          "nullable": true,
          "description": "Whether the approvals pass the majority threshold; null in a run-off, which needs no majority (most votes\nwins), so that the minutes never state 过半数 for someone who had, say, 40 of 100."
        },
        "outcome": {
          "$ref": "#/components/schemas/CandidateOutcome"
        },
        "candidateId": {
          "type": "string"
        },
        "writeIn": {
          "type": "boolean",
          "description": "True for a written-in person (not on the ballot); her approvals are write-ins, oppose/abstain are 0."
        },
        "approve": {
          "type": "number"
        },
        "oppose": {
          "type": "number"
        },
        "abstain": {
          "type": "number"
        }
      },
      "required": [
        "passesMajority",
        "outcome",
        "candidateId",
        "writeIn",
        "approve",
        "oppose",
        "abstain"
      ]
    },
    "MissingRankingPart": {
      "type": "object",
      "properties": {
        "part": {
          "type": "string",
          "enum": [
            "jury",
            "projectReview",
            "panelOpinion"
          ]
        },
        "reason": {
          "type": "string",
          "enum": [
            "project-review-open",
            "panel-grades-missing",
            "jury-result-not-recorded"
          ]
        },
        "candidacyIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The candidacies concerned, when the part is missing for some and not others (panel grades)."
        },
        "overridable": {
          "type": "boolean",
          "description": "Whether the organiser may freeze anyway with a written reason: only when the stage that produces the part is\nover and it can never come (panel grades are recorded in panel-opinion only), so the campaign is not stuck."
        }
      },
      "required": [
        "part",
        "reason",
        "candidacyIds",
        "overridable"
      ],
      "description": "A weighted part of the ranking that has no result yet. A frozen ranking never changes, so freezing one in which\na part silently counts as 0 would rank people on what nobody decided.\n- project review: still open (its close is where missing score sheets are settled, with a reason if need be);\n- panel opinion: candidates no panel member has graded;\n- jury: no result recorded (POST /campaigns/{id}/jury/result)."
    },
    "MissingSheetsView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "complete": {
          "type": "boolean",
          "description": "True when every non-recused assignment is submitted: project review may close without an override."
        },
        "missingCount": {
          "type": "number"
        },
        "experts": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "expertId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "assigned": {
                "type": "number"
              },
              "recused": {
                "type": "number"
              },
              "submitted": {
                "type": "number"
              },
              "missing": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "candidacyId": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    },
                    "sheetStatus": {
                      "type": "string",
                      "enum": [
                        "draft",
                        "submitted",
                        "unlocked",
                        "not-started"
                      ]
                    }
                  },
                  "required": [
                    "candidacyId",
                    "name",
                    "sheetStatus"
                  ]
                }
              }
            },
            "required": [
              "expertId",
              "name",
              "assigned",
              "recused",
              "submitted",
              "missing"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "stage",
        "complete",
        "missingCount",
        "experts"
      ]
    },
    "MyAssignmentsView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "blind": {
          "type": "boolean"
        },
        "expertId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "assignments": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/ExpertCandidacyView"
          }
        }
      },
      "required": [
        "campaignId",
        "stage",
        "blind",
        "expertId",
        "name",
        "assignments"
      ]
    },
    "NamedCandidacy": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        }
      },
      "required": [
        "candidacyId",
        "name"
      ]
    },
    "NominationRules": {
      "type": "object",
      "properties": {
        "channels": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "self",
              "organisation",
              "joint"
            ]
          }
        },
        "jointNominatorsMinimum": {
          "type": "number"
        }
      },
      "description": "A campaign's nomination rules; absent means every channel is open with the default joint minimum."
    },
    "NominationView": {
      "type": "object",
      "properties": {
        "channel": {
          "type": "string",
          "enum": [
            "self",
            "organisation",
            "joint",
            "child-campaign"
          ]
        },
        "nominatingBody": {
          "type": "string",
          "nullable": true
        },
        "nominators": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "childCampaignId": {
          "type": "string",
          "nullable": true
        },
        "childCampaignTitle": {
          "type": "string",
          "nullable": true,
          "description": "The child campaign's title, so that an adopted candidacy shows where she came from."
        }
      },
      "required": [
        "channel",
        "nominatingBody",
        "nominators",
        "childCampaignId",
        "childCampaignTitle"
      ],
      "description": "How a candidacy came about, as the organiser and the candidate herself see it. `nominators` are the joint\nnominators' names (empty for other channels, and once erased); the public sees only `channel`."
    },
    "NotificationPreferencesView": {
      "type": "object",
      "properties": {
        "optedOut": {
          "type": "boolean"
        },
        "email": {
          "type": "boolean",
          "nullable": true,
          "description": "null: the default (e-mail whenever she has an address; SMS only without one)."
        },
        "sms": {
          "type": "boolean",
          "nullable": true
        },
        "locale": {
          "type": "string",
          "enum": [
            "zh-CN",
            "en"
          ]
        }
      },
      "required": [
        "optedOut",
        "email",
        "sms",
        "locale"
      ]
    },
    "ObjectionStatus": {
      "type": "string",
      "enum": [
        "pending",
        "admitted",
        "dismissed"
      ],
      "description": "Anyone may object, anonymously, so an objection is first `pending`: seen by the organiser only. She admits it\nfor the record (public from then on, and certification waits for its answer) or dismisses it with a reason."
    },
    "OrganiserCandidacyView": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "numberedAs": {
          "type": "string",
          "enum": [
            "project",
            "candidacy"
          ]
        },
        "number": {
          "type": "number"
        },
        "label": {
          "type": "string"
        },
        "status": {
          "type": "string"
        },
        "candidate": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "contact": {
              "type": "string"
            },
            "gender": {
              "type": "string",
              "enum": [
                "female",
                "male",
                "other"
              ]
            },
            "birthYear": {
              "type": "number"
            },
            "education": {
              "type": "string"
            },
            "employer": {
              "type": "string"
            },
            "sector": {
              "type": "string"
            },
            "employment": {
              "type": "string",
              "enum": [
                "full-time",
                "seconded",
                "part-time"
              ]
            },
            "grassrootsFrontline": {
              "type": "boolean"
            },
            "statement": {
              "type": "string"
            },
            "attributes": {
              "type": "object",
              "properties": {},
              "additionalProperties": {
                "oneOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "boolean"
                  }
                ]
              },
              "description": "The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;\nkept in clear like the other quota attributes. Left out when the campaign defines none."
            },
            "candidateId": {
              "type": "string"
            }
          },
          "required": [
            "name",
            "contact",
            "gender",
            "birthYear",
            "education",
            "employer",
            "sector",
            "employment",
            "grassrootsFrontline",
            "statement",
            "candidateId"
          ]
        },
        "proposal": {
          "$ref": "#/components/schemas/ProjectProposal"
        },
        "projectReviewScore": {
          "type": "string",
          "nullable": true
        }
      },
      "required": [
        "candidacyId",
        "numberedAs",
        "number",
        "label",
        "status",
        "candidate",
        "proposal",
        "projectReviewScore"
      ]
    },
    "PanelOpinionView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "candidacies": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "grade": {
                "type": "string",
                "enum": [
                  "excellent",
                  "good",
                  "fair",
                  "poor"
                ],
                "nullable": true
              },
              "points": {
                "type": "string",
                "nullable": true
              },
              "grades": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "expertId": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    },
                    "grade": {
                      "type": "string",
                      "enum": [
                        "excellent",
                        "good",
                        "fair",
                        "poor"
                      ]
                    },
                    "opinion": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "expertId",
                    "name",
                    "grade",
                    "opinion"
                  ]
                }
              },
              "pendingExpertIds": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            },
            "required": [
              "candidacyId",
              "name",
              "grade",
              "points",
              "grades",
              "pendingExpertIds"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "stage",
        "candidacies"
      ]
    },
    "PanelView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "experts": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "expertId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "scope": {
                "type": "string",
                "enum": [
                  "all",
                  "selected"
                ]
              },
              "assignedCandidacyIds": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Qualified candidacies she is assigned to now."
              },
              "isCandidate": {
                "type": "boolean",
                "description": "Disqualified from the panel because she is a candidate in this campaign."
              },
              "recusals": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "candidacyId": {
                      "type": "string"
                    },
                    "reason": {
                      "type": "string"
                    },
                    "declaredBy": {
                      "type": "string",
                      "enum": [
                        "organiser",
                        "expert"
                      ]
                    }
                  },
                  "required": [
                    "candidacyId",
                    "reason",
                    "declaredBy"
                  ]
                }
              }
            },
            "required": [
              "expertId",
              "name",
              "scope",
              "assignedCandidacyIds",
              "isCandidate",
              "recusals"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "stage",
        "experts"
      ]
    },
    "PaperCount": {
      "type": "object",
      "properties": {
        "method": {
          "type": "string",
          "enum": [
            "paper"
          ]
        },
        "ballotsIssued": {
          "type": "number"
        },
        "ballotsReturned": {
          "type": "number"
        },
        "invalidBallots": {
          "type": "number"
        },
        "perCandidate": {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "$ref": "#/components/schemas/CandidateMarks"
          }
        },
        "writeIns": {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "type": "number"
          },
          "description": "Approvals per written-in person."
        }
      },
      "required": [
        "method",
        "ballotsIssued",
        "ballotsReturned",
        "invalidBallots",
        "perCandidate"
      ],
      "description": "A paper count as the counting officers enter it. Consistency rule checked before it is accepted:\n1. every number is a whole number ≥ 0; invalid ≤ returned; valid = returned − invalid;\n2. exactly the round's candidates are listed;\n3. for each candidate approve + oppose + abstain = valid (unmarked counts as abstain);\n4. write-ins only when allowed, only for eligible persons, each at most valid;\n5. all approvals together (write-ins included) ≤ valid × seats, since no valid ballot approves more than seats.\n(returned > issued is not an inconsistency but a void vote, see the tally.)"
    },
    "PipelineConfig": {
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "enum": [
            "open-selection",
            "honours"
          ]
        },
        "skippedStages": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "draft",
              "candidacy-open",
              "qualification-review",
              "project-review",
              "panel-opinion",
              "jury",
              "ranking",
              "inspection",
              "election",
              "award",
              "publicity",
              "certified"
            ]
          },
          "description": "Stages of the template this campaign leaves out (see SKIPPABLE_STAGE_GROUPS)."
        },
        "awardTiers": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/AwardTier"
          },
          "description": "Honours only: the tiers, in order."
        },
        "publication": {
          "type": "string",
          "enum": [
            "ranked",
            "unranked"
          ],
          "description": "Honours only; unranked when left out."
        }
      },
      "required": [
        "template"
      ]
    },
    "Position": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "seats": {
          "type": "number"
        }
      },
      "required": [
        "key",
        "title",
        "seats"
      ]
    },
    "ProjectProposal": {
      "type": "object",
      "properties": {
        "title": {
          "type": "string"
        },
        "problem": {
          "type": "string"
        },
        "beneficiaries": {
          "type": "string"
        },
        "actions": {
          "type": "string"
        },
        "milestones": {
          "type": "string"
        },
        "budget": {
          "type": "string",
          "description": "Budget in yuan, whole fen as text (\"12000.00\"), never a float."
        },
        "expectedOutcomes": {
          "type": "string"
        }
      },
      "required": [
        "title",
        "problem",
        "beneficiaries",
        "actions",
        "milestones",
        "budget",
        "expectedOutcomes"
      ]
    },
    "ProjectReviewScoresView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "candidacies": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "score": {
                "type": "string",
                "nullable": true,
                "description": "Stored by the projection: 2 places, e.g. \"81.33\"; null while no sheet counts."
              },
              "sheetCount": {
                "type": "number"
              },
              "expectedSheets": {
                "type": "number"
              },
              "complete": {
                "type": "boolean"
              }
            },
            "required": [
              "candidacyId",
              "name",
              "score",
              "sheetCount",
              "expectedSheets",
              "complete"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "stage",
        "candidacies"
      ]
    },
    "QuorumRule": {
      "type": "object",
      "properties": {
        "numerator": {
          "type": "number"
        },
        "denominator": {
          "type": "number"
        }
      },
      "required": [
        "numerator",
        "denominator"
      ],
      "description": "The meeting is valid only if present delegates are MORE than numerator/denominator of registered delegates."
    },
    "QuotaFurtherRoundView": {
      "type": "object",
      "properties": {
        "brokenMinimums": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "plan": {
          "type": "object",
          "properties": {
            "positionKey": {
              "type": "string"
            },
            "positionTitle": {
              "type": "string"
            },
            "quota": {
              "type": "string"
            },
            "body": {
              "type": "string",
              "nullable": true
            },
            "limitCount": {
              "type": "number"
            },
            "actualCount": {
              "type": "number"
            },
            "vacated": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/NamedCandidacy"
              }
            },
            "eligible": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/NamedCandidacy"
              }
            }
          },
          "required": [
            "positionKey",
            "positionTitle",
            "quota",
            "body",
            "limitCount",
            "actualCount",
            "vacated",
            "eligible"
          ],
          "nullable": true
        }
      },
      "required": [
        "brokenMinimums",
        "plan"
      ]
    },
    "QuotaRule": {
      "type": "object",
      "properties": {
        "attribute": {
          "type": "string",
          "description": "A candidate attribute, e.g. grassrootsFrontline (boolean) or employment (= value)."
        },
        "equals": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "boolean"
            }
          ],
          "description": "The value that counts towards the quota, e.g. 'full-time'; true when left out (boolean attributes)."
        },
        "minSharePercent": {
          "type": "number"
        },
        "maxSharePercent": {
          "type": "number"
        },
        "appliesTo": {
          "type": "string",
          "enum": [
            "shortlist",
            "elected"
          ]
        },
        "body": {
          "type": "string",
          "description": "With appliesTo 'elected': the governing body (`CampaignConfig.bodies`) whose composition the quota is checked\non — the people elected to its positions plus its sitting members. Left out: the whole elected set, as before."
        }
      },
      "required": [
        "attribute",
        "appliesTo"
      ]
    },
    "QuotaSwap": {
      "type": "object",
      "properties": {
        "quota": {
          "type": "string"
        },
        "bound": {
          "type": "string",
          "enum": [
            "min",
            "max"
          ],
          "description": "'min': too few quota candidates; 'max': too many."
        },
        "removed": {
          "$ref": "#/components/schemas/RankedRef"
        },
        "added": {
          "$ref": "#/components/schemas/RankedRef"
        },
        "reason": {
          "type": "string"
        }
      },
      "required": [
        "quota",
        "bound",
        "removed",
        "added",
        "reason"
      ]
    },
    "QuotaViolation": {
      "type": "object",
      "properties": {
        "quota": {
          "type": "string"
        },
        "attribute": {
          "type": "string"
        },
        "equals": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "number"
            },
            {
              "type": "boolean"
            }
          ]
        },
        "bound": {
          "type": "string",
          "enum": [
            "min",
            "max"
          ],
          "description": "'min': too few people counting for the quota; 'max': too many."
        },
        "limitPercent": {
          "type": "string"
        },
        "limitCount": {
          "type": "number",
          "description": "The head count the bound allows: the minimum required ('min') or the maximum allowed ('max')."
        },
        "actualCount": {
          "type": "number"
        },
        "total": {
          "type": "number"
        },
        "actualSharePercent": {
          "type": "string",
          "description": "actualCount ÷ total × 100 (0 for an empty group); for display — the decision uses head counts."
        },
        "matchingIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Who counts for the quota in the checked group."
        },
        "message": {
          "type": "string"
        }
      },
      "required": [
        "quota",
        "attribute",
        "equals",
        "bound",
        "limitPercent",
        "limitCount",
        "actualCount",
        "total",
        "actualSharePercent",
        "matchingIds",
        "message"
      ]
    },
    "QuotaViolationView": {
      "type": "object",
      "properties": {
        "quota": {
          "type": "string"
        },
        "attribute": {
          "type": "string"
        },
        "equals": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "number"
            },
            {
              "type": "boolean"
            }
          ]
        },
        "bound": {
          "type": "string",
          "enum": [
            "min",
            "max"
          ]
        },
        "limitPercent": {
          "type": "string"
        },
        "limitCount": {
          "type": "number"
        },
        "actualCount": {
          "type": "number"
        },
        "total": {
          "type": "number"
        },
        "actualSharePercent": {
          "type": "string"
        },
        "matchingIds": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "message": {
          "type": "string"
        }
      },
      "required": [
        "quota",
        "attribute",
        "equals",
        "bound",
        "limitPercent",
        "limitCount",
        "actualCount",
        "total",
        "actualSharePercent",
        "matchingIds",
        "message"
      ]
    },
    "RankedRef": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "rank": {
          "type": "number"
        }
      },
      "required": [
        "candidacyId",
        "rank"
      ],
      "description": "The part of a ranked candidate the shortlist needs (a `RankedCandidate` fits)."
    },
    "RankingLine": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "projectReview": {
          "type": "string"
        },
        "panelPoints": {
          "type": "string"
        },
        "panelGrade": {
          "type": "string",
          "nullable": true
        },
        "jury": {
          "type": "string"
        },
        "composite": {
          "type": "string"
        },
        "rank": {
          "type": "number"
        },
        "decidedBy": {
          "type": "string",
          "nullable": true
        },
        "missingParts": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Parts with no data (no sheet submitted, no panel grade, no jury result): counted as 0 and reported."
        }
      },
      "required": [
        "candidacyId",
        "projectReview",
        "panelPoints",
        "panelGrade",
        "jury",
        "composite",
        "rank",
        "decidedBy",
        "missingParts"
      ],
      "description": "One line of the frozen ranking: every part, the composite and the rank, as exact decimal text."
    },
    "RankingPreview": {
      "type": "object",
      "properties": {
        "weights": {
          "type": "object",
          "properties": {
            "projectReview": {
              "type": "string"
            },
            "panelOpinion": {
              "type": "string"
            },
            "jury": {
              "type": "string"
            }
          },
          "required": [
            "projectReview",
            "panelOpinion",
            "jury"
          ]
        },
        "lines": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/RankingLine"
          }
        },
        "shortlist": {
          "$ref": "#/components/schemas/Shortlist"
        }
      },
      "required": [
        "weights",
        "lines",
        "shortlist"
      ],
      "description": "The attributes quotas may refer to, from the candidate's details."
    },
    "RankingRowView": {
      "type": "object",
      "properties": {
        "rank": {
          "type": "number"
        },
        "candidacyId": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "grassrootsFrontline": {
          "type": "boolean"
        },
        "employment": {
          "type": "string"
        },
        "projectReview": {
          "type": "string"
        },
        "panelPoints": {
          "type": "string"
        },
        "panelGrade": {
          "type": "string",
          "nullable": true
        },
        "jury": {
          "type": "string"
        },
        "composite": {
          "type": "string"
        },
        "decidedBy": {
          "type": "string",
          "nullable": true
        },
        "missingParts": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "rank",
        "candidacyId",
        "name",
        "grassrootsFrontline",
        "employment",
        "projectReview",
        "panelPoints",
        "panelGrade",
        "jury",
        "composite",
        "decidedBy",
        "missingParts"
      ]
    },
    "RankingView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "frozen": {
          "type": "boolean"
        },
        "weights": {
          "type": "object",
          "properties": {
            "projectReview": {
              "type": "string"
            },
            "panelOpinion": {
              "type": "string"
            },
            "jury": {
              "type": "string"
            }
          },
          "required": [
            "projectReview",
            "panelOpinion",
            "jury"
          ]
        },
        "lines": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/RankingRowView"
          }
        },
        "freezeBlockers": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/MissingRankingPart"
          },
          "description": "What keeps the ranking from being frozen (a weighted part with no result); empty when it may be frozen, or is."
        }
      },
      "required": [
        "campaignId",
        "frozen",
        "weights",
        "lines",
        "freezeBlockers"
      ]
    },
    "RaterStatisticsView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "outlierDistance": {
          "type": "string"
        },
        "sheetCount": {
          "type": "number"
        },
        "candidates": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "sheetCount": {
                "type": "number"
              },
              "min": {
                "type": "string"
              },
              "max": {
                "type": "string"
              },
              "standardDeviation": {
                "type": "string"
              },
              "trimmedMean": {
                "type": "string"
              },
              "projectReviewScore": {
                "type": "string"
              }
            },
            "required": [
              "candidacyId",
              "name",
              "sheetCount",
              "min",
              "max",
              "standardDeviation",
              "trimmedMean",
              "projectReviewScore"
            ]
          }
        },
        "experts": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "expertId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "candidateCount": {
                "type": "number"
              },
              "meanOffset": {
                "type": "string"
              }
            },
            "required": [
              "expertId",
              "name",
              "candidateCount",
              "meanOffset"
            ]
          }
        },
        "kendallsW": {
          "type": "string",
          "nullable": true,
          "description": "Over the candidacies every expert scored; null when undefined."
        },
        "kendallsWCandidacyIds": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "outliers": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "expertId": {
                "type": "string"
              },
              "candidacyId": {
                "type": "string"
              },
              "total": {
                "type": "string"
              },
              "trimmedMean": {
                "type": "string"
              },
              "distance": {
                "type": "string"
              }
            },
            "required": [
              "expertId",
              "candidacyId",
              "total",
              "trimmedMean",
              "distance"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "outlierDistance",
        "sheetCount",
        "candidates",
        "experts",
        "kendallsW",
        "kendallsWCandidacyIds",
        "outliers"
      ]
    },
    "ReceiptCheckView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "receipt": {
          "type": "string"
        },
        "status": {
          "$ref": "#/components/schemas/ReceiptStatus"
        }
      },
      "required": [
        "campaignId",
        "receipt",
        "status"
      ]
    },
    "ReceiptListView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "counted": {
          "type": "number"
        },
        "receipts": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "next": {
          "type": "string",
          "nullable": true,
          "description": "Pass as ?after= to read the next page; null on the last page."
        }
      },
      "required": [
        "campaignId",
        "counted",
        "receipts",
        "next"
      ]
    },
    "ReceiptStatus": {
      "type": "string",
      "enum": [
        "not-found",
        "counted",
        "superseded"
      ]
    },
    "RefusedAttemptView": {
      "type": "object",
      "properties": {
        "commandId": {
          "type": "string"
        },
        "commandType": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "rejected",
            "failed"
          ]
        },
        "actor": {
          "$ref": "#/components/schemas/AuditActorView"
        },
        "attemptedAt": {
          "type": "string"
        },
        "refusedAt": {
          "type": "string",
          "nullable": true
        },
        "reason": {
          "type": "object",
          "properties": {
            "code": {
              "type": "string"
            },
            "message": {
              "type": "string"
            },
            "kind": {
              "type": "string",
              "nullable": true
            },
            "field": {
              "type": "string",
              "nullable": true
            },
            "params": {
              "type": "object",
              "properties": {},
              "additionalProperties": {
                "oneOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "number"
                  }
                ]
              }
            }
          },
          "required": [
            "code",
            "message",
            "kind",
            "field"
          ]
        }
      },
      "required": [
        "commandId",
        "commandType",
        "status",
        "actor",
        "attemptedAt",
        "refusedAt",
        "reason"
      ],
      "description": "A command about the campaign that was refused (rejected by a rule, or failed) and so changed nothing."
    },
    "ResultLine": {
      "type": "object",
      "properties": {
        "rank": {
          "type": "number",
          "nullable": true
        },
        "candidacyId": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "nullable": true,
          "description": "Null in the public view where she did not consent to its publication (see public-disclosure)."
        },
        "employer": {
          "type": "string",
          "nullable": true
        },
        "projectTitle": {
          "type": "string",
          "nullable": true
        },
        "grassrootsFrontline": {
          "type": "boolean"
        },
        "nomination": {
          "type": "string",
          "enum": [
            "self",
            "organisation",
            "joint",
            "child-campaign"
          ],
          "description": "How she came forward, by kind only (自荐 / 组织推荐 / 联名推荐 / 下级评选产生): never who nominated her."
        },
        "projectReview": {
          "type": "string",
          "nullable": true
        },
        "panelPoints": {
          "type": "string",
          "nullable": true
        },
        "panelGrade": {
          "type": "string",
          "nullable": true
        },
        "jury": {
          "type": "string",
          "nullable": true
        },
        "composite": {
          "type": "string",
          "nullable": true
        },
        "status": {
          "$ref": "#/components/schemas/CandidateStatus"
        },
        "positionKey": {
          "type": "string",
          "nullable": true,
          "description": "The position she was elected to."
        }
      },
      "required": [
        "rank",
        "candidacyId",
        "name",
        "employer",
        "projectTitle",
        "grassrootsFrontline",
        "nomination",
        "projectReview",
        "panelPoints",
        "panelGrade",
        "jury",
        "composite",
        "status",
        "positionKey"
      ],
      "description": "One candidate's line of the result, as the organiser sees it (public-disclosure.ts trims it for the public)."
    },
    "ResultsView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "organisingBody": {
          "type": "string"
        },
        "stage": {
          "type": "string"
        },
        "weights": {
          "type": "object",
          "properties": {
            "projectReview": {
              "type": "string"
            },
            "panelOpinion": {
              "type": "string"
            },
            "jury": {
              "type": "string"
            }
          },
          "required": [
            "projectReview",
            "panelOpinion",
            "jury"
          ]
        },
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "key": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "seats": {
                "type": "number"
              },
              "elected": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "candidacyId": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "candidacyId",
                    "name"
                  ]
                }
              },
              "rounds": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RoundMinutes"
                }
              }
            },
            "required": [
              "key",
              "title",
              "seats",
              "elected",
              "rounds"
            ]
          }
        },
        "lines": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/ResultLine"
          }
        },
        "pipeline": {
          "type": "string",
          "enum": [
            "open-selection",
            "honours"
          ]
        },
        "awards": {
          "allOf": [
            {
              "$ref": "#/components/schemas/AwardsView"
            }
          ],
          "nullable": true,
          "description": "An honours campaign's award tiers (null in an open selection)."
        },
        "quotaViolations": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaViolation"
          }
        },
        "publishedAt": {
          "type": "string",
          "nullable": true
        },
        "publicityEndsAt": {
          "type": "string",
          "nullable": true
        },
        "certifiedAt": {
          "type": "string",
          "nullable": true
        },
        "basedOnEventHash": {
          "type": "string",
          "nullable": true
        },
        "objections": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "objectionId": {
                "type": "string"
              },
              "status": {
                "$ref": "#/components/schemas/ObjectionStatus"
              },
              "text": {
                "type": "string"
              },
              "lodgedAt": {
                "type": "string"
              },
              "resolution": {
                "type": "string",
                "nullable": true
              },
              "upheld": {
                "type": "boolean",
                "nullable": true
              },
              "correction": {
                "type": "string",
                "nullable": true
              },
              "contact": {
                "type": "string",
                "nullable": true
              },
              "dismissalReason": {
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "objectionId",
              "status",
              "text",
              "lodgedAt",
              "resolution",
              "upheld",
              "correction"
            ]
          },
          "description": "The published view lists admitted objections only. The organiser's view lists every objection with its\nstatus, the objector's contact and why it was dismissed; none of these is ever published."
        },
        "corrections": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "text": {
                "type": "string"
              },
              "recordedAt": {
                "type": "string"
              },
              "objectionIds": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            },
            "required": [
              "text",
              "recordedAt",
              "objectionIds"
            ]
          }
        },
        "exceptions": {
          "type": "object",
          "properties": {
            "inspection": {
              "type": "object",
              "properties": {
                "reason": {
                  "type": "string"
                },
                "finalists": {
                  "type": "number"
                },
                "seats": {
                  "type": "number"
                }
              },
              "required": [
                "reason",
                "finalists",
                "seats"
              ],
              "nullable": true
            },
            "quota": {
              "type": "object",
              "properties": {
                "reason": {
                  "type": "string"
                }
              },
              "required": [
                "reason"
              ],
              "nullable": true
            }
          },
          "required": [
            "inspection",
            "quota"
          ],
          "description": "Exceptions the organiser recorded with a written reason: inspection closed with no more finalists than seats\n(an uncontested election, 等额选举, when finalists = seats), and a broken quota published or certified anyway."
        }
      },
      "required": [
        "campaignId",
        "title",
        "organisingBody",
        "stage",
        "weights",
        "positions",
        "lines",
        "pipeline",
        "awards",
        "quotaViolations",
        "publishedAt",
        "publicityEndsAt",
        "certifiedAt",
        "basedOnEventHash",
        "objections",
        "corrections",
        "exceptions"
      ]
    },
    "RoundMinutes": {
      "type": "object",
      "properties": {
        "roundId": {
          "type": "string"
        },
        "positionKey": {
          "type": "string"
        },
        "kind": {
          "type": "string"
        },
        "status": {
          "type": "string"
        },
        "minutes": {}
      },
      "required": [
        "roundId",
        "positionKey",
        "kind",
        "status",
        "minutes"
      ]
    },
    "RubricCriterion": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "max": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "number"
            }
          ]
        },
        "step": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "number"
            }
          ]
        }
      },
      "required": [
        "key",
        "title",
        "max",
        "step"
      ],
      "description": "One line of the project-review rubric. `max` and `step` accept text so that a configuration stored as JSON\nnever passes through a binary float (e.g. \"0.1\" stays exactly one tenth)."
    },
    "RunOffCall": {
      "type": "object",
      "properties": {
        "seats": {
          "type": "number"
        },
        "candidateIds": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "seats",
        "candidateIds"
      ]
    },
    "SessionTokens": {
      "type": "object",
      "properties": {
        "accessToken": {
          "type": "string"
        },
        "refreshToken": {
          "type": "string"
        },
        "expiresIn": {
          "type": "number",
          "description": "Seconds until the access token expires."
        }
      },
      "required": [
        "accessToken",
        "refreshToken",
        "expiresIn"
      ]
    },
    "SheetStatus": {
      "type": "string",
      "enum": [
        "draft",
        "submitted",
        "unlocked"
      ],
      "description": "draft: saved, never submitted; submitted: locked; unlocked: re-opened by the organiser, not yet re-submitted."
    },
    "SheetView": {
      "type": "object",
      "properties": {
        "expertId": {
          "type": "string"
        },
        "status": {
          "$ref": "#/components/schemas/SheetStatus"
        },
        "scores": {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "type": "string"
          }
        },
        "comment": {
          "type": "string"
        },
        "total": {
          "type": "string",
          "nullable": true,
          "description": "Exact total while submitted, else null."
        },
        "unlockCount": {
          "type": "number"
        },
        "lastUnlockReason": {
          "type": "string",
          "nullable": true
        }
      },
      "required": [
        "expertId",
        "status",
        "scores",
        "comment",
        "total",
        "unlockCount",
        "lastUnlockReason"
      ]
    },
    "Shortlist": {
      "type": "object",
      "properties": {
        "size": {
          "type": "number",
          "description": "The size asked for (see `shortlistSize`)."
        },
        "members": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/ShortlistMember"
          },
          "description": "Members in ranking order. Fewer than `size` only when there are not enough ranked candidates."
        },
        "swaps": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaSwap"
          },
          "description": "Swaps in the order they were made, each with its reason, for the report."
        },
        "unmetQuotas": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaViolation"
          },
          "description": "Quotas that could not be met by any swap (no suitable candidate left); empty when all are met."
        },
        "tiedAtCutoff": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Candidates who share the rank at the cut-off line, inside and outside (equal on every tie-break, even\nsubmission time). Ranking order alone cannot choose between them, so the organiser must decide; empty normally."
        },
        "missingCandidates": {
          "type": "number",
          "description": "How many places could not be filled because there were too few ranked candidates."
        }
      },
      "required": [
        "size",
        "members",
        "swaps",
        "unmetQuotas",
        "tiedAtCutoff",
        "missingCandidates"
      ]
    },
    "ShortlistMember": {
      "type": "object",
      "properties": {
        "candidacyId": {
          "type": "string"
        },
        "rank": {
          "type": "number"
        },
        "via": {
          "type": "string",
          "enum": [
            "rank",
            "quota-swap"
          ],
          "description": "'rank': inside the top `size`; 'quota-swap': brought in to honour a quota."
        }
      },
      "required": [
        "candidacyId",
        "rank",
        "via"
      ]
    },
    "ShortlistView": {
      "type": "object",
      "properties": {
        "campaignId": {
          "type": "string"
        },
        "size": {
          "type": "number"
        },
        "closed": {
          "type": "boolean"
        },
        "swaps": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaSwap"
          }
        },
        "unmetQuotas": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/QuotaViolation"
          }
        },
        "members": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "rank": {
                "type": "number"
              },
              "via": {
                "type": "string"
              },
              "status": {
                "type": "string"
              },
              "inspectionResult": {
                "type": "string",
                "nullable": true
              },
              "findings": {
                "type": "string",
                "nullable": true
              },
              "grassrootsFrontline": {
                "type": "boolean"
              }
            },
            "required": [
              "candidacyId",
              "name",
              "rank",
              "via",
              "status",
              "inspectionResult",
              "findings",
              "grassrootsFrontline"
            ]
          }
        }
      },
      "required": [
        "campaignId",
        "size",
        "closed",
        "swaps",
        "unmetQuotas",
        "members"
      ]
    },
    "SittingMembers": {
      "type": "object",
      "properties": {
        "count": {
          "type": "number"
        },
        "attributes": {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "boolean"
              }
            ]
          }
        }
      },
      "required": [
        "count",
        "attributes"
      ],
      "description": "Sitting members of a governing body who are not up for election, as attribute records (never names)."
    },
    "StageActivity": {
      "type": "string",
      "enum": [
        "edit-configuration",
        "submit-candidacy",
        "adopt-child-finalists",
        "decide-qualification",
        "edit-expert-panel",
        "score-projects",
        "read-project-review-scores",
        "grade-panel-opinion",
        "read-panel-opinion",
        "register-jurors",
        "cast-jury-ballots",
        "read-jury-tally",
        "record-jury-result",
        "read-ranking",
        "freeze-ranking",
        "read-shortlist",
        "record-inspection",
        "read-election",
        "hold-election",
        "read-awards",
        "read-results",
        "publish-results",
        "answer-objections",
        "correct-results"
      ],
      "description": "What a campaign's stage allows, named for what a person does or reads. The web UI shows and hides by these\n(from the api: GET /stages and each campaign's `allows`), never by comparing stages, so a new stage changes\nthis file and not the screens."
    },
    "StageDefinition": {
      "type": "object",
      "properties": {
        "stage": {
          "type": "string",
          "enum": [
            "draft",
            "candidacy-open",
            "qualification-review",
            "project-review",
            "panel-opinion",
            "jury",
            "ranking",
            "inspection",
            "election",
            "award",
            "publicity",
            "certified"
          ]
        },
        "enteredBy": {
          "$ref": "#/components/schemas/StageEntry"
        },
        "allows": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/StageActivity"
          }
        }
      },
      "required": [
        "stage",
        "enteredBy",
        "allows"
      ]
    },
    "StageEntry": {
      "type": "object",
      "properties": {
        "command": {
          "type": "string"
        },
        "path": {
          "type": "string",
          "description": "The api route, `{campaignId}` to be filled in (none for draft: a campaign is created in it)."
        },
        "reasonField": {
          "type": "string",
          "enum": [
            "reason",
            "overrideReason"
          ],
          "description": "The body field for a written reason, when the command takes one."
        },
        "namesStage": {
          "type": "boolean",
          "enum": [
            true
          ],
          "description": "True for the plain stage transition, whose body also names the stage: `{ to }`."
        },
        "bareTransitionRefusal": {
          "type": "object",
          "properties": {
            "code": {
              "type": "string"
            },
            "checks": {
              "type": "string"
            }
          },
          "required": [
            "code",
            "checks"
          ],
          "description": "For a stage entered by its own command, the refusal of a bare transition into it: its code and what the\ncommand checks and records that a bare transition would skip."
        }
      },
      "required": [
        "command",
        "path"
      ],
      "description": "How an organiser moves a campaign into a stage: the command, the route that takes it, and its reason field."
    },
    "TemplateText": {
      "type": "object",
      "properties": {
        "zh-CN": {
          "type": "string"
        },
        "en": {
          "type": "string"
        }
      },
      "required": [
        "zh-CN",
        "en"
      ],
      "description": "Text in both languages the web UI speaks; a template is read by organisers, not only by the api."
    },
    "WeightsConfig": {
      "type": "object",
      "properties": {
        "projectReview": {
          "type": "string"
        },
        "panelOpinion": {
          "type": "string"
        },
        "jury": {
          "type": "string"
        }
      },
      "required": [
        "projectReview",
        "panelOpinion",
        "jury"
      ],
      "description": "Percentages with at most 2 decimals, kept as text so that no float ever touches them."
    },
    "WhatIfComparison": {
      "type": "object",
      "properties": {
        "current": {
          "$ref": "#/components/schemas/RankingPreview"
        },
        "alternative": {
          "$ref": "#/components/schemas/RankingPreview"
        },
        "movedIn": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "movedOut": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "rankChanges": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "candidacyId": {
                "type": "string"
              },
              "from": {
                "type": "number"
              },
              "to": {
                "type": "number"
              }
            },
            "required": [
              "candidacyId",
              "from",
              "to"
            ]
          }
        }
      },
      "required": [
        "current",
        "alternative",
        "movedIn",
        "movedOut",
        "rankChanges"
      ]
    }
  },
  "operations": {
    "DevLoginController_login": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "userId": {
            "type": "string"
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "organiser",
                "expert",
                "juror",
                "delegate",
                "candidate",
                "inspector",
                "counting-officer"
              ]
            }
          },
          "expiresInSeconds": {
            "type": "number"
          }
        },
        "required": [
          "token",
          "userId",
          "roles",
          "expiresInSeconds"
        ]
      }
    },
    "OidcController_exchange": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/SessionTokens"
      }
    },
    "PasswordResetController_request": {
      "status": 202,
      "schema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "status",
          "message"
        ]
      }
    },
    "PasswordResetController_confirm": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "passwordChanged": {
            "type": "boolean"
          }
        },
        "required": [
          "passwordChanged"
        ]
      }
    },
    "RegistrationController_register": {
      "status": 202,
      "schema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "status",
          "message"
        ]
      }
    },
    "RegistrationController_confirmEmail": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "emailConfirmed": {
            "type": "boolean"
          }
        },
        "required": [
          "emailConfirmed"
        ]
      }
    },
    "SignInController_options": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "devLogin": {
            "type": "boolean"
          },
          "passwordSignIn": {
            "type": "boolean"
          },
          "sso": {
            "type": "object",
            "properties": {
              "label": {
                "type": "string"
              }
            },
            "required": [
              "label"
            ],
            "nullable": true
          }
        },
        "required": [
          "devLogin",
          "passwordSignIn",
          "sso"
        ]
      }
    },
    "SignInController_signIn": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/SessionTokens"
      }
    },
    "SignInController_refresh": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/SessionTokens"
      }
    },
    "SignInController_me": {
      "status": 200,
      "schema": {
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "account": {
                "type": "boolean"
              },
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "email": {
                "type": "string",
                "nullable": true
              },
              "phone": {
                "type": "string",
                "nullable": true
              },
              "roles": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "organiser",
                    "expert",
                    "juror",
                    "delegate",
                    "candidate",
                    "inspector",
                    "counting-officer"
                  ]
                }
              },
              "emailConfirmed": {
                "type": "boolean"
              },
              "totpEnabled": {
                "type": "boolean"
              },
              "createdAt": {
                "type": "string"
              }
            },
            "required": [
              "account",
              "id",
              "name",
              "email",
              "phone",
              "roles",
              "emailConfirmed",
              "totpEnabled",
              "createdAt"
            ]
          },
          {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string",
                "nullable": true
              },
              "roles": {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "organiser",
                    "expert",
                    "juror",
                    "delegate",
                    "candidate",
                    "inspector",
                    "counting-officer"
                  ]
                }
              },
              "account": {
                "type": "boolean"
              }
            },
            "required": [
              "id",
              "name",
              "roles",
              "account"
            ]
          }
        ]
      }
    },
    "TotpController_setUp": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "secret": {
            "type": "string"
          },
          "otpauthUri": {
            "type": "string"
          }
        },
        "required": [
          "secret",
          "otpauthUri"
        ]
      }
    },
    "TotpController_enable": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "totpEnabled": {
            "type": "boolean"
          }
        },
        "required": [
          "totpEnabled"
        ]
      }
    },
    "CampaignEventsController_events": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "seq": {
              "type": "string"
            },
            "id": {
              "type": "string"
            },
            "campaignId": {
              "type": "string"
            },
            "version": {
              "type": "number"
            },
            "type": {
              "type": "string"
            },
            "payload": {},
            "actorId": {
              "type": "string"
            },
            "commandId": {
              "type": "string",
              "nullable": true
            },
            "occurredAt": {
              "type": "string",
              "format": "date-time"
            },
            "prevHash": {
              "type": "string"
            },
            "hash": {
              "type": "string"
            }
          },
          "required": [
            "seq",
            "id",
            "campaignId",
            "version",
            "type",
            "payload",
            "actorId",
            "commandId",
            "occurredAt",
            "prevHash",
            "hash"
          ]
        }
      }
    },
    "CampaignEventsController_audit": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AuditEntryView"
        }
      }
    },
    "CampaignEventsController_refused": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RefusedAttemptView"
        }
      }
    },
    "CampaignEventsController_people": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AuditPersonView"
        }
      }
    },
    "CampaignGrantsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CampaignGrantView"
        }
      }
    },
    "CampaignGrantsController_grant": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignGrantsController_revoke": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignTemplatesController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CampaignTemplate"
        }
      }
    },
    "CampaignsController_create": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_clone": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_extendDeadline": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CampaignView"
        }
      }
    },
    "CampaignsController_get": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CampaignView"
      }
    },
    "CampaignsController_reconfigure": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_discard": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_advance": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_openCandidacy": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CampaignsController_closeCandidacy": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "StagesController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/StageDefinition"
        }
      }
    },
    "AttachmentsController_upload": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/AttachmentView"
      }
    },
    "AttachmentsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "sha256": {
              "type": "string",
              "nullable": true
            },
            "id": {
              "type": "string"
            },
            "candidacyId": {
              "type": "string"
            },
            "fileName": {
              "type": "string"
            },
            "mediaType": {
              "type": "string",
              "enum": [
                "application/pdf",
                "image/jpeg",
                "image/png"
              ]
            },
            "sizeBytes": {
              "type": "number"
            },
            "uploadedAt": {
              "type": "string"
            }
          },
          "required": [
            "sha256",
            "id",
            "candidacyId",
            "fileName",
            "mediaType",
            "sizeBytes",
            "uploadedAt"
          ]
        }
      }
    },
    "CandidaciesController_submit": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CandidaciesController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CandidacyView"
        }
      }
    },
    "CandidaciesController_get": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CandidacyView"
      }
    },
    "CandidaciesController_edit": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CandidaciesController_withdraw": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CandidaciesController_withdrawOnBehalf": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CandidaciesController_decide": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ChildCampaignsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ChildCampaignView"
        }
      }
    },
    "ChildCampaignsController_adopt": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "CommandsController_get": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "commandId": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "campaignId": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CommandStatus"
          },
          "result": {},
          "error": {
            "$ref": "#/components/schemas/CommandRejection"
          },
          "createdAt": {
            "type": "string"
          },
          "completedAt": {
            "type": "string"
          }
        },
        "required": [
          "commandId",
          "type",
          "campaignId",
          "status",
          "createdAt"
        ]
      }
    },
    "ElectionController_overview": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ElectionOverviewView"
      }
    },
    "ElectionController_rules": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_register": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_roster": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/DelegateRosterView"
      }
    },
    "ElectionController_checkIn": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_cancelCheckIn": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_checkInMany": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_open": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_rounds": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ElectionRoundView"
        }
      }
    },
    "ElectionController_positionRounds": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ElectionRoundView"
        }
      }
    },
    "ElectionController_round": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ElectionRoundView"
      }
    },
    "ElectionController_credentials": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "credentials": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "slip": {
                  "type": "number"
                },
                "code": {
                  "type": "string"
                },
                "link": {
                  "type": "string"
                }
              },
              "required": [
                "slip",
                "code",
                "link"
              ]
            }
          },
          "commandId": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "campaignId": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CommandStatus"
          },
          "result": {},
          "error": {
            "$ref": "#/components/schemas/CommandRejection"
          },
          "createdAt": {
            "type": "string"
          },
          "completedAt": {
            "type": "string"
          }
        },
        "required": [
          "credentials",
          "commandId",
          "type",
          "campaignId",
          "status",
          "createdAt"
        ]
      }
    },
    "ElectionController_paperCount": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_close": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_openQuotaFurtherRound": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ElectionController_elected": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ElectedView"
      }
    },
    "ElectionController_quotaCheck": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ElectedQuotaCheckView"
      }
    },
    "DelegateReceiptController_check": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "receipt": {
            "type": "string"
          },
          "counted": {
            "type": "boolean"
          },
          "roundId": {
            "type": "string",
            "nullable": true
          }
        },
        "required": [
          "receipt",
          "counted",
          "roundId"
        ]
      }
    },
    "DelegateBallotController_ballot": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/DelegateBallotView"
      }
    },
    "DelegateBallotController_cast": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_addExpert": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_changeAssignments": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_recordConflict": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_panel": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/PanelView"
      }
    },
    "EvaluationController_myAssignments": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/MyAssignmentsView"
      }
    },
    "EvaluationController_candidacy": {
      "status": 200,
      "schema": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ExpertCandidacyView"
          },
          {
            "$ref": "#/components/schemas/OrganiserCandidacyView"
          }
        ]
      }
    },
    "EvaluationController_declareConflict": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_saveDraft": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_submit": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_sheets": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CandidacySheetsView"
      }
    },
    "EvaluationController_unlock": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_missing": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/MissingSheetsView"
      }
    },
    "EvaluationController_scores": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ProjectReviewScoresView"
      }
    },
    "EvaluationController_statistics": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/RaterStatisticsView"
      }
    },
    "EvaluationController_close": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_grade": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "EvaluationController_panelOpinion": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/PanelOpinionView"
      }
    },
    "CampaignInvitationsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "email": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "role": {
              "$ref": "#/components/schemas/InvitedRole"
            },
            "invitedBy": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "type": "string",
                  "nullable": true
                }
              },
              "required": [
                "id",
                "name"
              ]
            },
            "createdAt": {
              "type": "string"
            },
            "expiresAt": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "email",
            "name",
            "role",
            "invitedBy",
            "createdAt",
            "expiresAt"
          ]
        }
      }
    },
    "CampaignInvitationsController_invite": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/InvitedRole"
          },
          "invitedBy": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "id",
              "name"
            ]
          },
          "createdAt": {
            "type": "string"
          },
          "expiresAt": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "email",
          "name",
          "role",
          "invitedBy",
          "createdAt",
          "expiresAt"
        ]
      }
    },
    "CampaignInvitationsController_withdraw": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "invitationId": {
            "type": "string"
          },
          "withdrawn": {
            "type": "boolean"
          }
        },
        "required": [
          "invitationId",
          "withdrawn"
        ]
      }
    },
    "InvitationAcceptanceController_preview": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/InvitedRole"
          },
          "invitedBy": {
            "type": "string",
            "nullable": true
          },
          "campaignId": {
            "type": "string",
            "nullable": true
          },
          "organisationId": {
            "type": "string",
            "nullable": true
          },
          "placeName": {
            "type": "string",
            "nullable": true
          },
          "hasAccount": {
            "type": "boolean"
          },
          "expiresAt": {
            "type": "string"
          }
        },
        "required": [
          "name",
          "email",
          "role",
          "invitedBy",
          "campaignId",
          "organisationId",
          "placeName",
          "hasAccount",
          "expiresAt"
        ]
      }
    },
    "InvitationAcceptanceController_accept": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "personId": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/InvitedRole"
          },
          "campaignId": {
            "type": "string",
            "nullable": true
          },
          "organisationId": {
            "type": "string",
            "nullable": true
          },
          "accessToken": {
            "type": "string"
          },
          "refreshToken": {
            "type": "string"
          },
          "expiresIn": {
            "type": "number",
            "description": "Seconds until the access token expires."
          }
        },
        "required": [
          "personId",
          "role",
          "campaignId",
          "organisationId",
          "accessToken",
          "refreshToken",
          "expiresIn"
        ]
      }
    },
    "OrganisationInvitationsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "email": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "role": {
              "$ref": "#/components/schemas/InvitedRole"
            },
            "invitedBy": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "type": "string",
                  "nullable": true
                }
              },
              "required": [
                "id",
                "name"
              ]
            },
            "createdAt": {
              "type": "string"
            },
            "expiresAt": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "email",
            "name",
            "role",
            "invitedBy",
            "createdAt",
            "expiresAt"
          ]
        }
      }
    },
    "OrganisationInvitationsController_invite": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/InvitedRole"
          },
          "invitedBy": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "id",
              "name"
            ]
          },
          "createdAt": {
            "type": "string"
          },
          "expiresAt": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "email",
          "name",
          "role",
          "invitedBy",
          "createdAt",
          "expiresAt"
        ]
      }
    },
    "OrganisationInvitationsController_withdraw": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "invitationId": {
            "type": "string"
          },
          "withdrawn": {
            "type": "boolean"
          }
        },
        "required": [
          "invitationId",
          "withdrawn"
        ]
      }
    },
    "JuryBallotsController_session": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "ballotPaper": {
            "allOf": [
              {
                "$ref": "#/components/schemas/BallotPaperView"
              }
            ],
            "nullable": true
          },
          "campaignId": {
            "type": "string"
          },
          "jurorId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "ballotToken": {
            "type": "string",
            "description": "Send as X-Ballot-Token with each ballot; valid until the jury closes."
          }
        },
        "required": [
          "ballotPaper",
          "campaignId",
          "jurorId",
          "name",
          "ballotToken"
        ]
      }
    },
    "JuryBallotsController_cast": {
      "status": 202,
      "schema": {
        "$ref": "#/components/schemas/CastBallotAnswer"
      }
    },
    "JuryBallotsController_ballotPaper": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/BallotPaperView"
      }
    },
    "JuryBallotsController_receipts": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ReceiptListView"
      }
    },
    "JuryBallotsController_checkReceipt": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ReceiptCheckView"
      }
    },
    "JuryRosterController_register": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "note": {
            "type": "string"
          },
          "credential": {
            "allOf": [
              {
                "$ref": "#/components/schemas/IssuedCredential"
              }
            ],
            "nullable": true
          },
          "commandId": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "campaignId": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CommandStatus"
          },
          "result": {},
          "error": {
            "$ref": "#/components/schemas/CommandRejection"
          },
          "createdAt": {
            "type": "string"
          },
          "completedAt": {
            "type": "string"
          }
        },
        "required": [
          "credential",
          "commandId",
          "type",
          "campaignId",
          "status",
          "createdAt"
        ]
      }
    },
    "JuryRosterController_import": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "note": {
            "type": "string"
          },
          "credentials": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/IssuedCredential"
            }
          },
          "commandId": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "campaignId": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CommandStatus"
          },
          "result": {},
          "error": {
            "$ref": "#/components/schemas/CommandRejection"
          },
          "createdAt": {
            "type": "string"
          },
          "completedAt": {
            "type": "string"
          }
        },
        "required": [
          "credentials",
          "commandId",
          "type",
          "campaignId",
          "status",
          "createdAt"
        ]
      }
    },
    "JuryRosterController_list": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/JurorListView"
      }
    },
    "JuryRosterController_revoke": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "JuryRosterController_reissue": {
      "status": 201,
      "schema": {
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "credential": {
                "type": "object",
                "properties": {
                  "jurorId": {
                    "type": "string"
                  },
                  "code": {
                    "type": "string"
                  },
                  "link": {
                    "type": "string"
                  }
                },
                "required": [
                  "jurorId",
                  "code",
                  "link"
                ]
              },
              "commandId": {
                "type": "string"
              },
              "type": {
                "type": "string"
              },
              "campaignId": {
                "type": "string"
              },
              "status": {
                "$ref": "#/components/schemas/CommandStatus"
              },
              "result": {},
              "error": {
                "$ref": "#/components/schemas/CommandRejection"
              },
              "createdAt": {
                "type": "string"
              },
              "completedAt": {
                "type": "string"
              }
            },
            "required": [
              "credential",
              "commandId",
              "type",
              "campaignId",
              "status",
              "createdAt"
            ]
          },
          {
            "type": "object",
            "properties": {
              "credential": {
                "nullable": true
              },
              "note": {
                "type": "string"
              },
              "commandId": {
                "type": "string"
              },
              "type": {
                "type": "string"
              },
              "campaignId": {
                "type": "string"
              },
              "status": {
                "$ref": "#/components/schemas/CommandStatus"
              },
              "result": {},
              "error": {
                "$ref": "#/components/schemas/CommandRejection"
              },
              "createdAt": {
                "type": "string"
              },
              "completedAt": {
                "type": "string"
              }
            },
            "required": [
              "credential",
              "note",
              "commandId",
              "type",
              "campaignId",
              "status",
              "createdAt"
            ]
          }
        ]
      }
    },
    "JuryRosterController_paperCount": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "JuryRosterController_result": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "JuryRosterController_tally": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/JuryTallyView"
      }
    },
    "NotificationsController_mine": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/NotificationPreferencesView"
      }
    },
    "NotificationsController_change": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/NotificationPreferencesView"
      }
    },
    "NotificationsController_deliveries": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "source": {
              "type": "string"
            },
            "recipientId": {
              "type": "string"
            },
            "recipientName": {
              "type": "string",
              "nullable": true
            },
            "channel": {
              "type": "string"
            },
            "kind": {
              "type": "string"
            },
            "status": {
              "type": "string",
              "enum": [
                "failed",
                "pending",
                "sending",
                "sent",
                "dead",
                "skipped"
              ]
            },
            "attempts": {
              "type": "number"
            },
            "lastError": {
              "type": "string",
              "nullable": true
            },
            "createdAt": {
              "type": "string"
            },
            "sentAt": {
              "type": "string",
              "nullable": true
            }
          },
          "required": [
            "id",
            "source",
            "recipientId",
            "recipientName",
            "channel",
            "kind",
            "status",
            "attempts",
            "lastError",
            "createdAt",
            "sentAt"
          ]
        }
      }
    },
    "OrganisationsController_list": {
      "status": 200,
      "schema": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "parentId": {
              "type": "string",
              "nullable": true
            },
            "name": {
              "type": "string"
            },
            "level": {
              "type": "string",
              "enum": [
                "province",
                "city",
                "district",
                "street",
                "community"
              ]
            },
            "createdAt": {
              "type": "string"
            },
            "actsOnCampaigns": {
              "type": "boolean"
            },
            "mayManageOrganisers": {
              "type": "boolean"
            },
            "mayGrantDescendants": {
              "type": "boolean"
            },
            "organisers": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "personId": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "includesDescendants": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "personId",
                  "name",
                  "includesDescendants"
                ]
              }
            }
          },
          "required": [
            "id",
            "parentId",
            "name",
            "level",
            "createdAt",
            "actsOnCampaigns",
            "mayManageOrganisers",
            "mayGrantDescendants",
            "organisers"
          ]
        }
      }
    },
    "OrganisationsController_create": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "organisationId": {
            "type": "string"
          }
        },
        "required": [
          "organisationId"
        ]
      }
    },
    "OrganisationsController_addOrganiser": {
      "status": 201,
      "schema": {
        "type": "object",
        "properties": {
          "organisationId": {
            "type": "string"
          },
          "personId": {
            "type": "string"
          }
        },
        "required": [
          "organisationId",
          "personId"
        ]
      }
    },
    "OrganisationsController_removeOrganiser": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "organisationId": {
            "type": "string"
          },
          "personId": {
            "type": "string"
          },
          "removed": {
            "type": "boolean"
          }
        },
        "required": [
          "organisationId",
          "personId",
          "removed"
        ]
      }
    },
    "OrganisationsController_includesDescendants": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "organisationId": {
            "type": "string"
          },
          "personId": {
            "type": "string"
          },
          "includesDescendants": {
            "type": "boolean"
          }
        },
        "required": [
          "organisationId",
          "personId",
          "includesDescendants"
        ]
      }
    },
    "MyDataController_data": {
      "status": 200,
      "schema": {
        "type": "object",
        "properties": {
          "exportedAt": {
            "type": "string"
          },
          "account": {
            "oneOf": [
              {
                "type": "object",
                "properties": {
                  "account": {
                    "type": "boolean"
                  },
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "email": {
                    "type": "string",
                    "nullable": true
                  },
                  "phone": {
                    "type": "string",
                    "nullable": true
                  },
                  "roles": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "organiser",
                        "expert",
                        "juror",
                        "delegate",
                        "candidate",
                        "inspector",
                        "counting-officer"
                      ]
                    }
                  },
                  "emailConfirmed": {
                    "type": "boolean"
                  },
                  "totpEnabled": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string"
                  }
                },
                "required": [
                  "account",
                  "id",
                  "name",
                  "email",
                  "phone",
                  "roles",
                  "emailConfirmed",
                  "totpEnabled",
                  "createdAt"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string",
                    "nullable": true
                  },
                  "roles": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "organiser",
                        "expert",
                        "juror",
                        "delegate",
                        "candidate",
                        "inspector",
                        "counting-officer"
                      ]
                    }
                  },
                  "account": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "roles",
                  "account"
                ]
              }
            ]
          },
          "candidacies": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "campaignId": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "status": {
                  "type": "string"
                },
                "qualificationReason": {
                  "type": "string",
                  "nullable": true
                },
                "details": {
                  "type": "object",
                  "properties": {},
                  "additionalProperties": {}
                },
                "proposal": {
                  "type": "object",
                  "properties": {},
                  "additionalProperties": {}
                },
                "consent": {
                  "type": "object",
                  "properties": {},
                  "additionalProperties": {}
                },
                "submittedAt": {
                  "type": "string"
                },
                "updatedAt": {
                  "type": "string"
                },
                "events": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "type": {
                        "type": "string"
                      },
                      "occurredAt": {
                        "type": "string"
                      },
                      "payload": {
                        "type": "object",
                        "properties": {},
                        "additionalProperties": {}
                      }
                    },
                    "required": [
                      "type",
                      "occurredAt",
                      "payload"
                    ]
                  }
                }
              },
              "required": [
                "id",
                "campaignId",
                "name",
                "status",
                "qualificationReason",
                "details",
                "proposal",
                "consent",
                "submittedAt",
                "updatedAt",
                "events"
              ]
            }
          },
          "grants": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "campaignId": {
                  "type": "string"
                },
                "role": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "grantedAt": {
                  "type": "string"
                }
              },
              "required": [
                "campaignId",
                "role",
                "name",
                "grantedAt"
              ]
            }
          },
          "organisations": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "organisationId": {
                  "type": "string"
                },
                "role": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "addedAt": {
                  "type": "string"
                }
              },
              "required": [
                "organisationId",
                "role",
                "name",
                "addedAt"
              ]
            }
          },
          "invitations": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "email": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "role": {
                  "type": "string"
                },
                "organisationId": {
                  "type": "string",
                  "nullable": true
                },
                "campaignId": {
                  "type": "string",
                  "nullable": true
                },
                "createdAt": {
                  "type": "string",
                  "nullable": true
                },
                "expiresAt": {
                  "type": "string",
                  "nullable": true
                },
                "acceptedAt": {
                  "type": "string",
                  "nullable": true
                },
                "withdrawnAt": {
                  "type": "string",
                  "nullable": true
                }
              },
              "required": [
                "email",
                "name",
                "role",
                "organisationId",
                "campaignId",
                "createdAt",
                "expiresAt",
                "acceptedAt",
                "withdrawnAt"
              ]
            }
          },
          "sessions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "createdAt": {
                  "type": "string",
                  "nullable": true
                },
                "lastUsedAt": {
                  "type": "string",
                  "nullable": true
                },
                "revokedAt": {
                  "type": "string",
                  "nullable": true
                },
                "expiresAt": {
                  "type": "string",
                  "nullable": true
                }
              },
              "required": [
                "createdAt",
                "lastUsedAt",
                "revokedAt",
                "expiresAt"
              ]
            }
          },
          "erasureRequest": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErasureRequest"
              }
            ],
            "nullable": true
          },
          "attachments": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "downloadPath": {
                  "type": "string"
                },
                "id": {
                  "type": "string"
                },
                "candidacyId": {
                  "type": "string"
                },
                "fileName": {
                  "type": "string"
                },
                "mediaType": {
                  "type": "string",
                  "enum": [
                    "application/pdf",
                    "image/jpeg",
                    "image/png"
                  ]
                },
                "sizeBytes": {
                  "type": "number"
                },
                "sha256": {
                  "type": "string"
                },
                "uploadedAt": {
                  "type": "string"
                }
              },
              "required": [
                "downloadPath",
                "id",
                "candidacyId",
                "fileName",
                "mediaType",
                "sizeBytes",
                "sha256",
                "uploadedAt"
              ]
            }
          }
        },
        "required": [
          "exportedAt",
          "account",
          "candidacies",
          "grants",
          "organisations",
          "invitations",
          "sessions",
          "erasureRequest",
          "attachments"
        ]
      }
    },
    "MyDataController_requestErasure": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ErasureRequest"
      }
    },
    "PersonalDataErasureController_erase": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "PublicResultsController_results": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ResultsView"
      }
    },
    "PublicResultsController_object": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ResultsController_results": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ResultsView"
      }
    },
    "ResultsController_publish": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ResultsController_admit": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ResultsController_dismiss": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ResultsController_resolve": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ResultsController_certify": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ResultsController_correct": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ShortlistingController_ranking": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/RankingView"
      }
    },
    "ShortlistingController_whatIf": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/WhatIfComparison"
      }
    },
    "ShortlistingController_freeze": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ShortlistingController_shortlist": {
      "status": 200,
      "schema": {
        "$ref": "#/components/schemas/ShortlistView"
      }
    },
    "ShortlistingController_inspect": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    },
    "ShortlistingController_close": {
      "status": 201,
      "schema": {
        "$ref": "#/components/schemas/CommandOutcome"
      }
    }
  }
};
