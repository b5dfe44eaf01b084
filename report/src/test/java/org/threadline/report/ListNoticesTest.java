package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.FindingKind;

class ListNoticesTest {

  private static ListInfo list(boolean complete, boolean verified, String notice, String origin) {
    return ListInfo.builder("uflpa")
        .title("UFLPA Entity List")
        .version("2025-01-15")
        .source("DHS")
        .retrieved("2025-11-20")
        .licence("public domain")
        .findingKind(FindingKind.ENTITY_LIST_MATCH)
        .complete(complete)
        .verified(verified)
        .notice(notice)
        .origin(origin)
        .build();
  }

  @Test
  void saysNothingAboutACompleteVerifiedListWithoutNotice() {
    assertThat(ListNotices.of(list(true, true, null, "bundled"))).isNull();
  }

  @Test
  void writesASentenceForAnIncompleteListWithoutNoticeAndHowToUpdateIt() {
    assertThat(ListNotices.of(list(false, true, null, "bundled"))).isEqualTo(
        "uflpa 2025-01-15: This copy of the UFLPA Entity List is known to miss entries of the"
            + " official list. Load the current list with: threadline lists update --list uflpa"
            + " FILE");
  }

  @Test
  void saysBothWhenAListIsIncompleteAndUnverified() {
    assertThat(ListNotices.of(list(false, false, null, "bundled"))).contains(
        "is known to miss entries of the official list. It has not been checked against the"
            + " official source. Load the current list");
  }

  @Test
  void keepsTheListsOwnNoticeAndDoesNotRepeatTheUpdateCommand() {
    String notice = "95 of 144 entities; run threadline lists update --list uflpa FILE.";

    assertThat(ListNotices.of(list(false, true, notice, "bundled")))
        .isEqualTo("uflpa 2025-01-15: " + notice);
  }

  @Test
  void offersNoUpdateCommandForAListGivenAsAFile() {
    assertThat(ListNotices.of(list(true, false, null, "file")))
        .doesNotContain("lists update").contains("has not been checked");
  }

  @Test
  void givesAnInformativeNoticeOfACompleteListAsItIs() {
    assertThat(ListNotices.of(list(true, true, "Copy of 2025-01-15.", "user")))
        .isEqualTo("uflpa 2025-01-15: Copy of 2025-01-15.");
  }
}
