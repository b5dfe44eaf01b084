package org.threadline.trace;

import org.threadline.core.model.ScreeningResult;
import org.threadline.trace.model.ChainParty;

/**
 * A party as the trace sees it.
 *
 * @param party the party and its role
 * @param screening its screening result (contract "Screening result")
 * @param tier its tier: 0 for raw material, one more per flow downstream
 * @param commingling true when it receives inputs tainted high or worse and untainted ones
 * @param massBalanceGap true when one of its lines ships more than its disclosed inputs yield
 */
public record PartyTrace(
    ChainParty party, ScreeningResult screening, int tier, boolean commingling,
    boolean massBalanceGap) {}
