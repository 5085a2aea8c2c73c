"""The chat co-pilot: tools over the business's own data, two brains behind one interface (an offline
analyst and an OpenAI-compatible agent), sessions, messages and business memory.

`model` holds what every part shares: the tool and reply types and the `Brain` protocol.
"""
