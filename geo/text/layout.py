"""Layout: the lines of a page that are not sentences of the story.

A web page around a story holds photo captions, the titles of videos, tag
lists, links to other stories, and the story's own section headings.  None
of them tells an event of the story (a caption says where a photo was
taken), but a section heading lends its place to the paragraph below it.
Each test reads only the sentences' text, so :mod:`geo.text.extract` asks
them once per document.
"""

from __future__ import annotations

from geo.places.geocode import Place
from geo.text.events import classify
from geo.text.lexicons import DECLARATION, HEADLINE_WORD, PHOTO_CREDIT
from geo.text.sentences import BULLET, MEDIA_LINE, Sentence


#: How a sentence of prose ends (a heading or a caption ends in none of these).
CLOSING_STOPS = (".", "!", "?", "»", '"', "”", "…")


def captions(sentences: list[Sentence]) -> set[int]:
    """The sentences that caption a photo: those a credit line ends or
    follows.  A stock photo's caption ("Ban Ki-moon addresses a session in
    Geneva") says where the photo was taken, not where the story happened."""
    out = set()
    for sentence in sentences:
        text = sentence.text.strip()
        if len(text) <= 80 and PHOTO_CREDIT.search(text):
            out.add(sentence.index - 1)
        elif PHOTO_CREDIT.search(text[-60:]):
            out.add(sentence.index)
    return out


def video_titles(sentences: list[Sentence]) -> set[int]:
    """The titles of the videos a page lists around a story: the lines next
    to a running time or a "Go to video" link ("02:21 / Ivorian diaspora in
    Paris demands free elections / 02:16"), which tell other stories.  A
    sentence of the story ends with its full stop; a title does not."""
    marks = {s.index for s in sentences if MEDIA_LINE.fullmatch(s.text)}
    if not marks:
        return set()
    return {s.index for s in sentences if s.index not in marks and (s.index - 1 in marks or s.index + 1 in marks)
            and not s.text.rstrip().endswith((".", "!", "?", "»", '"', "”"))}


#: At most this many words in a line that heads a section of a story.
HEADING_WORDS = 12
#: ...and in one that ends in an ellipsis, which a sentence of prose may also do.
TRAILING_HEADING_WORDS = 7


def section_headings(sentences: list[Sentence]) -> set[int]:
    """The lines that head a section of the story (« Troisième attaque :
    Agadez », "Workers jump from roof") or repeat its headline above it: short,
    ending in no stop, and followed by a sentence of prose.  The paragraph
    below tells the event, and places it more finely (« dans la région
    d'Agadez… dans la localité de Chirfa »): the heading's place is the
    section's topic, not one more site.  A line that tells an event the
    prose below does not go on with is a brief of its own, not a heading."""
    out = set()
    for sentence, after in zip(sentences, sentences[1:]):
        text = sentence.text.rstrip()
        # (a French section heading may trail off: « Deux policiers tués en une journée… »)
        trailing = text.endswith(("…", "...")) and len(text.split()) <= TRAILING_HEADING_WORDS
        if text.endswith(CLOSING_STOPS) and not trailing or len(text.split()) > HEADING_WORDS or BULLET.match(text):
            continue
        # a one-line brief ("Kenscoff: gang attack leaves three dead") followed by another story tells its own event
        if after.text.rstrip().endswith(CLOSING_STOPS) and (classify(text, set()) is None
                                                            or classify(after.text, set()) is not None):
            out.add(sentence.index)
    return out


def page_furniture(sentence: Sentence, here: list[Place], caption: bool, story_begun: bool) -> bool:
    """Whether a "sentence" belongs to the web page around the story rather
    than to the story: a photo's caption that tells no event of its own
    (*caption*), a list of tags, or, once the story has begun, the headline
    of a link to another story.  Such lines neither take the headline's
    event nor lend a place."""
    if caption or _tag_line(sentence.text):
        return True
    return story_begun and _heading(sentence.text) and not DECLARATION.search(sentence.text) \
        and not any(p.mention.how == "dateline" for p in here)


def _tag_line(text: str) -> bool:
    """Whether a "sentence" is a web page's list of tags or topics ("Haiti,
    Springfield Ohio, Miami Heat, Haitian Orphanage"): three or more short
    items between commas, and no sentence's closing stop."""
    text = text.strip()
    if not text or text[-1] in ".!?»\"”:;" or text.count(",") < 2:
        return False
    return all(0 < len(item.split()) <= TAG_WORDS for item in text.split(","))


#: At most this many words in each item of a tag line.
TAG_WORDS = 4


def _heading(text: str) -> bool:
    """Whether a line is written like a headline: no closing stop and most
    of its longer words capitalised ("50 Haitians Arrested by Dominican Army
    in San Juan de la Maguana").  Once a story has told an event, such a
    line heads a link to another story, whose place is not this story's."""
    text = text.strip()
    if not text or text[-1] in ".!?»\"”:;)":
        return False
    words = HEADLINE_WORD.findall(text)
    long = [w for w in words if len(w) > 3]
    return 4 <= len(words) <= 20 and len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)
