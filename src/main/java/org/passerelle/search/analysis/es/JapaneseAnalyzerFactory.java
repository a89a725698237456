package org.passerelle.search.analysis.es;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.passerelle.search.analysis.AnalysisChains;

/** Elasticsearch analyser {@value AnalysisChains#JAPANESE}: {@link AnalysisChains#japanese()}. */
@NamedComponent(AnalysisChains.JAPANESE)
public class JapaneseAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return AnalysisChains.japanese();
    }
}
