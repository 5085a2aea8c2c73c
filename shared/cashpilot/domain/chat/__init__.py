"""The chat's pure parts: date phrases -> periods, questions -> intents, and the answers' wording."""
