package org.threadline.core.model;

/**
 * One feature that contributed to a finding's score, in words a compliance analyst can read.
 *
 * @param feature what was compared ({@code name}, {@code trade_name}, {@code address}, ...)
 * @param score the feature's own score in [0,1]
 * @param detail what was seen, e.g. {@code trade name 合盛 ~ Hoshine (pinyin he sheng)}
 */
public record Explanation(String feature, double score, String detail) {}
