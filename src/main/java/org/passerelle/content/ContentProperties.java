package org.passerelle.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param starterDir the bundle imported on first start
 * @param importOnEmptyStore whether the service imports the starter bundle when the store has no territory
 */
@ConfigurationProperties("passerelle.content")
record ContentProperties(@DefaultValue("./content") Path starterDir, @DefaultValue("true") boolean importOnEmptyStore) {
}
