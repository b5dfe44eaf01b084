package org.threadline.core.matching;

import java.util.List;

/**
 * A company name taken apart: its meaningful terms in order, and what was set aside.
 *
 * @param original the name as given
 * @param normalised the name after {@link org.threadline.core.matching.normalise.NameNormaliser}
 * @param terms the meaningful parts, in the order of the name
 * @param legalForms legal forms set aside, as written (normalised)
 * @param branch true when the name says it is a branch (分公司, Branch)
 */
public record ParsedName(
    String original, String normalised, List<Term> terms, List<String> legalForms, boolean branch) {

  public ParsedName {
    terms = List.copyOf(terms);
    legalForms = List.copyOf(legalForms);
  }

  /** The terms of the trade name, in order. */
  public List<Term> tradeTerms() {
    return terms.stream().filter(Term::isTradeName).toList();
  }

  /** The terms with the given role. */
  public List<Term> withRole(Term.Role role) {
    return terms.stream().filter(t -> t.role() == role).toList();
  }

  /** The keys of the terms joined with spaces: two names with equal signatures are the same. */
  public String signature() {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }
}
