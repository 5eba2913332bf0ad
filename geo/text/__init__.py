"""Reading documents: front matter, sentences and datelines, place mentions, events, dates and tolls."""
