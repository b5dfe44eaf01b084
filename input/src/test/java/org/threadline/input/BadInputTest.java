package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;

/** Every way a user's file can be wrong ends in one BadInputException naming file, row, column. */
class BadInputTest {
  @TempDir Path dir;

  private TestFiles files() {
    return new TestFiles(dir);
  }

  private static BadInputException failure(ThrowingCallable read) {
    List<BadInputException> caught = new ArrayList<>();
    assertThatThrownBy(read).isInstanceOfSatisfying(BadInputException.class, caught::add);
    return caught.get(0);
  }

  private static BadInputException readFails(Path file) {
    return failure(() -> TestFiles.readAll(file, InputOptions.defaults()));
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("nope.csv");
    BadInputException e = readFails(file);
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.reason()).isEqualTo("no such file");
  }

  @Test
  void aFolderIsNotAFile() {
    BadInputException e = readFails(dir);
    assertThat(e.file()).isEqualTo(dir.toString());
    assertThat(e.reason()).contains("folder");
  }

  @Test
  void anEmptyFileIsAnError() throws IOException {
    for (String name : List.of("e.csv", "e.json", "e.jsonl", "e.xlsx")) {
      BadInputException e = readFails(files().write(name, ""));
      assertThat(e.reason()).as(name).contains("empty");
    }
    assertThat(readFails(files().write("bom.csv", "\uFEFF")).reason()).contains("empty");
    assertThat(readFails(files().write("blank.json", " \n ")).reason()).contains("empty");
    assertThat(readFails(files().write("blank.jsonl", "\n\n")).reason()).contains("empty");
  }

  @Test
  void anUnclosedQuoteNamesTheRowAndTheLineItStartsOn() throws IOException {
    Path file = files().write("q.csv", "name,city\nA,Aksu\n\"B, Ltd,Hotan\nC,Kashgar\n");
    BadInputException e = readFails(file);
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.reason()).contains("unclosed quote", "line 3");
  }

  @Test
  void tooManyColumnsNamesTheRow() throws IOException {
    Path file = files().write("w.csv", "name,city\nA,Aksu\nB, Ltd,Hotan\n");
    BadInputException e = readFails(file);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.reason()).contains("3 values but the header has 2 columns", "comma");
    assertThat(e.getMessage()).startsWith(file + ", row 2: ");
  }

  @Test
  void textAfterAClosingQuoteNamesTheRow() throws IOException {
    BadInputException e = readFails(files().write("t.csv", "name,city\n\"A\"x,Aksu\n"));
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.reason()).contains("after a closing quote", "line 2");
  }

  @Test
  void skippingBadRowsReportsEachAndReadsOn() throws IOException {
    Path file = files().write("s.csv",
        "name,city\nA,Aksu\nB, Ltd,Hotan\n\"C\"x,y\nD,Kashgar\n\"E,Turpan\nF,Korla\n");
    List<String> warnings = new ArrayList<>();
    List<TableRow> rows = TestFiles.readAll(file, InputOptions.defaults().skippingBadRows(warnings::add));
    assertThat(rows).extracting(r -> r.get("name")).containsExactly("A", "D");
    assertThat(rows).extracting(TableRow::row).containsExactly(1L, 4L);
    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).isEqualTo(file + ", row 2: skipped: 3 values but the header has 2"
        + " columns (is a value with a comma missing its quotes?)");
    assertThat(warnings.get(1)).startsWith(file + ", row 3: skipped: text after a closing quote");
    assertThat(warnings.get(2)).startsWith(file + ", row 5: skipped: unclosed quote");
  }

  @Test
  void aQuoteClosedLinesLaterSkipsThoseLinesAsOneRowAndSaysWhich() throws IOException {
    Path file = files().write("m.csv",
        "name,city\nA,Aksu\n\"B, Ltd,Hotan\nC,\"Kashgar, X\"\nD,Korla\n");
    List<String> warnings = new ArrayList<>();
    List<TableRow> rows = TestFiles.readAll(file, InputOptions.defaults().skippingBadRows(warnings::add));
    assertThat(rows).extracting(r -> r.get("name")).containsExactly("A", "D");
    assertThat(rows).extracting(TableRow::row).containsExactly(1L, 3L);
    assertThat(warnings).singleElement().asString()
        .startsWith(file + ", row 2: skipped: text after a closing quote on line 4")
        .endsWith("(this row spans lines 3-4)");
  }

  @Test
  void readingIsLazyRowsBeforeAMalformedPartAreDelivered() throws IOException {
    StringBuilder text = new StringBuilder("name,city\nA,Aksu\n");
    text.append("\"never closed,".repeat(10)).append('\n');
    Path file = files().write("lazy.csv", text.toString());
    try (TableSource source = TableReader.open(file, InputOptions.defaults())) {
      assertThat(source.next().get("name")).isEqualTo("A");
      BadInputException e = failure(source::next);
      assertThat(e.row()).isEqualTo(2);
    }
  }

  @Test
  void aRowLongerThanTheLimitFailsWithoutReadingTheRestIntoMemory() throws IOException {
    Path file = dir.resolve("long.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("name\n\"".getBytes(StandardCharsets.US_ASCII));
      byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written <= DelimitedTableSource.MAX_RECORD_CHARS; written += block.length) {
        out.write(block);
      }
    }
    BadInputException e = readFails(file);
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.reason()).contains("quote left open");
  }

  @Test
  void jsonThatIsNotAnArrayOfObjectsNamesTheElement() throws IOException {
    Path file = files().write("a.json", "[{\"name\": \"A\"}, 5, {\"name\": \"C\"}, \"x\"]");
    BadInputException e = readFails(file);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.reason()).isEqualTo("element 2 of the array is a number, not an object");

    List<String> warnings = new ArrayList<>();
    assertThat(TestFiles.readAll(file, InputOptions.defaults().skippingBadRows(warnings::add)))
        .extracting(r -> r.get("name")).containsExactly("A", "C");
    assertThat(warnings).containsExactly(
        file + ", row 2: skipped: element 2 of the array is a number, not an object",
        file + ", row 4: skipped: element 4 of the array is a string, not an object");
  }

  @Test
  void jsonWhoseFirstElementIsNotAnObjectFailsAtOpen() throws IOException {
    BadInputException e = readFails(files().write("b.json", "[[1, 2]]"));
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.reason()).contains("is an array, not an object");
  }

  @Test
  void aJsonFileHoldingOnePrettyPrintedObjectIsNotAnArray() throws IOException {
    BadInputException e = readFails(files().write("o.json", "{\n  \"name\": \"A\"\n}\n"));
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.reason()).contains("not a complete JSON object", "array of objects");
  }

  @Test
  void invalidJsonNamesTheElementAndWhereItBreaks() throws IOException {
    BadInputException e = readFails(files().write("c.json", "[{\"name\": \"A\"},\n {\"name\": }]"));
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.reason()).contains("not valid JSON", "line 2");
  }

  @Test
  void aJsonLinesLineThatIsNotAnObjectIsABadRow() throws IOException {
    Path file = files().write("l.jsonl", "{\"name\": \"A\"}\n[1]\n{\"name\": \n{\"name\": \"D\"}\n");
    BadInputException e = readFails(file);
    assertThat(e.row()).isEqualTo(2);
    List<String> warnings = new ArrayList<>();
    assertThat(TestFiles.readAll(file, InputOptions.defaults().skippingBadRows(warnings::add)))
        .extracting(TableRow::row).containsExactly(1L, 4L);
    assertThat(warnings).hasSize(2);
  }

  @Test
  void aTextFileNamedXlsxIsNotAWorkbook() throws IOException {
    BadInputException e = readFails(files().write("fake.xlsx", "name,city\nA,B\n"));
    assertThat(e.reason()).contains("not an XLSX workbook");
  }

  @Test
  void anOldXlsFileIsRefusedWithAWayOut() throws IOException {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0};
    assertThat(readFails(files().write("old.xls", ole2)).reason()).contains("save the sheet as XLSX");
    assertThat(readFails(files().write("locked.xlsx", ole2)).reason()).contains("password");
  }

  @Test
  void aZipWithoutAWorkbookIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("notes.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write("hello".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    BadInputException e = readFails(file);
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.reason()).contains("not a readable XLSX workbook");
    assertThat(failure(() -> TableReader.sheetNames(file)).reason())
        .contains("not a readable XLSX workbook");
  }

  @Test
  void anXlsxZipBombIsRefused() throws IOException {
    Path file = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "</Relationships>");
      // 20 MB of blanks inside the sheet compress about a thousand times: a small zip bomb.
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
          + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
      byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 20; i++) {
        zip.write(blanks);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    BadInputException e = readFails(file);
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.reason()).contains("zip bomb");
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
