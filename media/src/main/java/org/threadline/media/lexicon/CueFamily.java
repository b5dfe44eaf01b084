package org.threadline.media.lexicon;

/** The kinds of cue phrase the analyser looks for, one data file each. */
public enum CueFamily {
  /**
   * A topic of contract "Media result" ({@code forced_labour}, {@code import_ban}, ...), with a
   * weight.
   */
  TOPIC("topics.csv"),
  /** One of the eleven ILO indicators of forced labour. */
  ILO_INDICATOR("ilo_indicators.csv"),
  /** A signal of state-imposed forced labour (labour transfer, surplus labour, ...). */
  STATE_SIGNAL("state_imposed_signals.csv"),
  /** Words that show an article's stance: allegation, denial or enforcement. */
  STANCE("stance_cues.csv"),
  /** An industry sector. */
  SECTOR("sectors.csv"),
  /** Words that negate a following indicator ("no evidence of"). */
  NEGATION("negation_cues.csv"),
  /** The legal form or last word of an organisation's name ("Co., Ltd.", "有限公司"). */
  ORGANISATION_SUFFIX("organisation_suffixes.csv"),
  /** Words next to which reporting names people: "said", "according to", "Dr"; id before|after. */
  PERSON_CUE("person_cues.csv");

  private final String file;

  CueFamily(String file) {
    this.file = file;
  }

  /** The data file under {@code data/media/}. */
  public String file() {
    return file;
  }
}
