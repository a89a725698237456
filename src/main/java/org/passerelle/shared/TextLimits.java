package org.passerelle.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry. Defaults are generous for real editing and small enough that a
 * hostile body cannot exhaust memory.
 *
 * @param requestBody largest JSON body accepted (413 above)
 * @param title longest title, per language
 * @param summary longest summary, per language
 * @param description longest Markdown description, per language
 * @param text longest other single-line text (address, venue, region, label)
 * @param tags most tags on an entry
 */
@ConfigurationProperties("passerelle.limits")
public record TextLimits(
        @DefaultValue("1MB") DataSize requestBody,
        @DefaultValue("300") int title,
        @DefaultValue("2000") int summary,
        @DefaultValue("50000") int description,
        @DefaultValue("500") int text,
        @DefaultValue("50") int tags) {
}
