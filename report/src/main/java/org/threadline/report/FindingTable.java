package org.threadline.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Finding;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.model.XinjiangNexus;

/**
 * Results as spreadsheet rows, shared by CSV and XLSX: one row per finding (one row with empty
 * finding columns for a record without findings), each repeating the record's columns so a row
 * can be filtered and sorted on its own.
 *
 * <p>Columns: {@code id}, the contract "Screening input" columns, the carried-through columns in
 * the run's order (renamed {@code input_<name>} when Threadline writes a column of the same name),
 * then {@code risk, presumption, finding_kind, list, list_version, entry_id, entry_name, score,
 * matched_name, signal, evidence, division, explanation}. A high-risk good fills {@code list} with
 * its source and {@code entry_name} with the good and country; an article fills {@code entry_id}
 * with its id, {@code entry_name} with its title and {@code signal} with its stance.
 *
 * <p>Every text cell (header included) is {@link SpreadsheetSafe#neutralise neutralised}; the
 * score is a {@code Double} and {@code presumption} a {@code Boolean}, so XLSX can type them.
 */
final class FindingTable {
  /** The contract "Screening input" columns, in its order. */
  static final List<String> PARTY_COLUMNS = List.of("id", "name", "aliases", "address", "city",
      "region", "postal_code", "country", "phone", "registration_id", "website", "product", "hts");

  static final List<String> RESULT_COLUMNS = List.of("risk", "presumption", "finding_kind",
      "list", "list_version", "entry_id", "entry_name", "score", "matched_name", "signal",
      "evidence", "division", "explanation");

  private static final int FINDING_COLUMNS = RESULT_COLUMNS.size() - 2;

  private final List<String> extraColumns;
  private final List<String> header;

  FindingTable(List<String> extraColumns) {
    this.extraColumns = List.copyOf(extraColumns);
    List<String> h = new ArrayList<>(PARTY_COLUMNS);
    Set<String> taken = new HashSet<>();
    for (String column : PARTY_COLUMNS) {
      taken.add(column);
    }
    for (String column : RESULT_COLUMNS) {
      taken.add(column);
    }
    for (String column : this.extraColumns) {
      h.add(uniqueName(column, taken));
    }
    h.addAll(RESULT_COLUMNS);
    this.header = h.stream().map(SpreadsheetSafe::neutralise).toList();
  }

  /**
   * A carried-through column keeps its name unless Threadline writes a column of that name (a
   * supplier file with its own {@code risk} or {@code score}): then it becomes {@code
   * input_risk}, so that no two columns share a header and a reader by header name finds each.
   */
  private static String uniqueName(String column, Set<String> taken) {
    String name = column;
    while (!taken.add(name.toLowerCase(Locale.ROOT))) {
      name = "input_" + name;
    }
    return name;
  }

  List<String> header() {
    return header;
  }

  /** The index of the {@code score} column. */
  int scoreColumn() {
    return header.size() - RESULT_COLUMNS.size() + RESULT_COLUMNS.indexOf("score");
  }

  /** The rows of one result: one per finding, or one when it has none. */
  List<List<Object>> rows(ScreeningResult result) {
    List<Object> record = recordCells(result);
    if (result.findings().isEmpty()) {
      List<Object> row = new ArrayList<>(record);
      row.addAll(Collections.nCopies(FINDING_COLUMNS, ""));
      return List.of(row);
    }
    List<List<Object>> rows = new ArrayList<>(result.findings().size());
    for (Finding f : result.findings()) {
      List<Object> row = new ArrayList<>(header.size());
      row.addAll(record);
      row.addAll(findingCells(f));
      rows.add(row);
    }
    return rows;
  }

  private List<Object> recordCells(ScreeningResult result) {
    Party p = result.party();
    List<Object> cells = new ArrayList<>(header.size());
    cells.add(text(p.id()));
    cells.add(text(p.name()));
    cells.add(text(String.join("; ", p.aliases())));
    cells.add(text(p.address()));
    cells.add(text(p.city()));
    cells.add(text(p.region()));
    cells.add(text(p.postalCode()));
    cells.add(text(p.country()));
    cells.add(text(p.phone()));
    cells.add(text(p.registrationId()));
    cells.add(text(p.website()));
    cells.add(text(p.product()));
    cells.add(text(p.hts()));
    for (String column : extraColumns) {
      cells.add(text(p.extra().get(column)));
    }
    cells.add(text(result.risk().code()));
    cells.add(result.presumption());
    return cells;
  }

  /** finding_kind, list, list_version, entry_id, entry_name, score, matched_name, signal, evidence, division, explanation. */
  private static List<Object> findingCells(Finding f) {
    Pointer at = f.accept(POINTER);
    List<Object> cells = new ArrayList<>(FINDING_COLUMNS);
    cells.add(text(f.kind().code()));
    cells.add(text(at.list()));
    cells.add(text(at.version()));
    cells.add(text(at.entryId()));
    cells.add(text(at.entryName()));
    cells.add(Scores.round(f.score()));
    cells.add(text(at.matchedName()));
    cells.add(text(at.signal()));
    cells.add(text(at.evidence()));
    cells.add(text(at.division()));
    cells.add(text(FindingText.explanation(f)));
    return cells;
  }

  /** What a finding points at, in the columns every kind shares ("" where a kind has none). */
  private record Pointer(String list, String version, String entryId, String entryName,
      String matchedName, String signal, String evidence, String division) {}

  private static final Finding.Visitor<Pointer> POINTER = new Finding.Visitor<>() {
    @Override
    public Pointer listMatch(ListMatch m) {
      return new Pointer(m.list(), m.listVersion(), m.entryId(), m.entryName(), m.matchedName(),
          "", "", "");
    }

    @Override
    public Pointer xinjiangNexus(XinjiangNexus n) {
      return new Pointer("", "", "", "", "", n.signal(), n.evidence(),
          join(n.divisionCode(), n.divisionName()));
    }

    @Override
    public Pointer highRiskGood(HighRiskGood g) {
      String signal = g.sector() != null ? "sector " + g.sector()
          : g.forcedLabour() ? "forced_labour" : "child_labour";
      return new Pointer(g.source(), g.sourceVersion(), "", FindingText.good(g), "", signal,
          g.evidence(), "");
    }

    @Override
    public Pointer adverseMedia(AdverseMedia a) {
      return new Pointer("", "", a.articleId(), a.title(), "", a.stance(),
          a.surface() + " (characters " + a.start() + "-" + a.end() + ")", "");
    }
  };

  private static String join(String code, String name) {
    if (code == null) {
      return name == null ? "" : name;
    }
    return name == null ? code : code + " " + name;
  }

  private static String text(String value) {
    return value == null ? "" : SpreadsheetSafe.neutralise(value);
  }
}
