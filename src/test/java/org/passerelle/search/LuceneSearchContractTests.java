package org.passerelle.search;

import org.springframework.test.context.TestPropertySource;

/** The search contract on the embedded Lucene engine. */
@TestPropertySource(properties = "passerelle.search.engine=lucene")
class LuceneSearchContractTests extends SearchContractTests {
}
