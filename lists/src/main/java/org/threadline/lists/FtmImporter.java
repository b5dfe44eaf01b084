package org.threadline.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.lists.parse.EntryIds;
import org.threadline.lists.parse.SubsidiaryWording;

/**
 * Imports FollowTheMoney entities from JSON Lines ({@code {"id": ..., "schema": "Company",
 * "properties": {"name": [...], "alias": [...], "country": [...], "address": [...]}}}), the format
 * OpenSanctions publishes. Only entity schemas are imported (companies, organisations, people,
 * public bodies, vessels, ...); statements about entities ({@code Sanction}, {@code Ownership},
 * {@code Directorship}, ...) are skipped.
 *
 * <p>The file is read as a token stream, one entity at a time, keeping only the properties an
 * entry needs, so a file of a million lines needs memory for its entries, not for its JSON.
 */
public final class FtmImporter {
  /** The FollowTheMoney schemata imported as list entries. */
  public static final Set<String> ENTITY_SCHEMATA = Set.of(
      "LegalEntity", "Company", "Organization", "Person", "PublicBody", "Vessel", "Airplane");

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Set<String> NAME_PROPS = Set.of("name");
  private static final Set<String> ALIAS_PROPS = Set.of("alias", "previousName", "weakAlias", "abbreviation");
  private static final List<String> COUNTRY_PROPS = List.of("country", "jurisdiction", "mainCountry", "nationality", "flag");
  private static final Set<String> KEPT_PROPS = Set.of("registrationNumber", "taxNumber", "leiCode",
      "innCode", "ogrnCode", "imoNumber", "topics", "program", "sourceUrl", "incorporationDate", "birthDate");

  private FtmImporter() {}

  /** Imports a whole file as one list with the given provenance. */
  public static ReferenceList load(Path file, ListInfo info) {
    List<ListEntry> entries = new ArrayList<>();
    stream(file, info.id(), entries::add);
    if (entries.isEmpty()) {
      throw new BadInputException(file.toString(), 0, null,
          "holds no FollowTheMoney entities (schemata " + String.join(", ", ENTITY_SCHEMATA.stream().sorted().toList()) + ")");
    }
    return new ReferenceList(info, entries);
  }

  /**
   * Streams the file's entities to {@code sink}, in file order, with ids kept from the file (or
   * {@code <listId>-NNNN} by entity position when an entity has none).
   *
   * @return the number of entities imported
   * @throws BadInputException naming the line when a line is not JSON
   */
  public static long stream(Path file, String listId, Consumer<ListEntry> sink) {
    String name = file.toString();
    long count = 0;
    try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_OBJECT) {
          throw new BadInputException(name, p.currentLocation().getLineNr(), null,
              "expected one JSON object per line (a FollowTheMoney entity)");
        }
        long line = p.currentLocation().getLineNr();
        ListEntry e = readEntity(p, listId, count + 1, name, line);
        if (e != null) {
          count++;
          sink.accept(e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, -1, null, "no such file");
    } catch (JsonParseException e) {
      throw new BadInputException(name, e.getLocation() == null ? -1 : e.getLocation().getLineNr(), null,
          "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException(name, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    return count;
  }

  /** Reads one entity object (the parser at its START_OBJECT); null when it is not an entity. */
  private static ListEntry readEntity(JsonParser p, String listId, long position, String file, long line)
      throws IOException {
    String id = null;
    String schema = null;
    Map<String, List<String>> props = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if ("id".equals(field) && v.isScalarValue()) {
        id = p.getValueAsString();
      } else if ("schema".equals(field) && v.isScalarValue()) {
        schema = p.getValueAsString();
      } else if ("properties".equals(field) && v == JsonToken.START_OBJECT) {
        readProperties(p, props);
      } else {
        p.skipChildren();
      }
    }
    if (schema == null || !ENTITY_SCHEMATA.contains(schema)) {
      return null;
    }
    List<String> names = props.getOrDefault("name", List.of());
    if (names.isEmpty()) {
      return null;
    }
    List<String> aliases = new ArrayList<>(names.subList(1, names.size()));
    for (String a : ALIAS_PROPS) {
      for (String alias : props.getOrDefault(a, List.of())) {
        if (!aliases.contains(alias) && !alias.equals(names.get(0))) {
          aliases.add(alias);
        }
      }
    }
    String country = null;
    for (String c : COUNTRY_PROPS) {
      List<String> vs = props.get(c);
      if (vs != null && !vs.isEmpty()) {
        country = vs.get(0);
        break;
      }
    }
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put("schema", schema);
    for (String k : KEPT_PROPS) {
      List<String> vs = props.get(k);
      if (vs != null && !vs.isEmpty()) {
        kept.put(k, String.join("; ", vs));
      }
    }
    String notes = props.containsKey("notes") ? String.join(" ", props.get("notes")) : null;
    String entryId = id != null && !id.isBlank() ? id : EntryIds.of(listId, (int) Math.min(position, Integer.MAX_VALUE));
    return ListEntry.builder(listId, entryId, names.get(0))
        .aliases(aliases)
        .country(country)
        .addresses(props.getOrDefault("address", List.of()))
        .includesSubsidiaries(SubsidiaryWording.includesSubsidiaries(notes))
        .notes(notes)
        .properties(kept)
        .build();
  }

  /** Reads the properties object, keeping only the properties an entry uses. */
  private static void readProperties(JsonParser p, Map<String, List<String>> out) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String prop = p.currentName();
      JsonToken v = p.nextToken();
      boolean wanted = NAME_PROPS.contains(prop) || ALIAS_PROPS.contains(prop) || COUNTRY_PROPS.contains(prop)
          || KEPT_PROPS.contains(prop) || "address".equals(prop) || "notes".equals(prop);
      if (!wanted) {
        p.skipChildren();
        continue;
      }
      List<String> values = out.computeIfAbsent(prop, k -> new ArrayList<>(2));
      if (v == JsonToken.START_ARRAY) {
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
          if (v.isScalarValue()) {
            addValue(values, p.getValueAsString());
          } else {
            p.skipChildren();
          }
        }
      } else if (v.isScalarValue()) {
        addValue(values, p.getValueAsString());
      } else {
        p.skipChildren();
      }
    }
  }

  private static void addValue(List<String> values, String v) {
    if (v != null && !v.isBlank()) {
      values.add(v.strip());
    }
  }
}
