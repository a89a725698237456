/**
 * The Elasticsearch analysis plugin: stable-plugin-API factories that hand Elasticsearch the analysers
 * of {@link org.passerelle.search.analysis.AnalysisChains}. These classes run inside an Elasticsearch
 * node, never in the application: the build leaves them out of the application jar and packages them,
 * with the chains and Kuromoji, as {@code target/passerelle-analysis-es-plugin.zip}
 * ({@code src/assembly/es-analysis-plugin.xml}).
 */
package org.passerelle.search.analysis.es;
