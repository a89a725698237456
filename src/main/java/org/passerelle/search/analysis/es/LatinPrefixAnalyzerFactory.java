package org.passerelle.search.analysis.es;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.passerelle.search.analysis.AnalysisChains;

/** Elasticsearch analyser {@value AnalysisChains#LATIN_PREFIX}: {@link AnalysisChains#latinPrefix()}. */
@NamedComponent(AnalysisChains.LATIN_PREFIX)
public class LatinPrefixAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return AnalysisChains.latinPrefix();
    }
}
