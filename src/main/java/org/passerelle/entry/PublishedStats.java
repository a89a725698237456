package org.passerelle.entry;

import java.time.Instant;

/**
 * A summary of the published entries.
 *
 * @param count       how many entries are published
 * @param lastUpdated latest {@code updatedAt} among them, null when none
 */
public record PublishedStats(long count, Instant lastUpdated) {
}
