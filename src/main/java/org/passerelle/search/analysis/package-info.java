/**
 * The language analysis chains shared by the embedded Lucene engine and the Elasticsearch analysis
 * plugin. Lucene only: no Spring, no application class, since this package also runs inside Elasticsearch.
 */
package org.passerelle.search.analysis;
