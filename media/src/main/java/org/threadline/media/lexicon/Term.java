package org.threadline.media.lexicon;

/** What a dictionary phrase stands for: a cue word, a place, or a name on a reference list. */
public sealed interface Term permits Cue, PlaceName, ListName, NamedAfterPlace {}
