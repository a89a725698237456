package org.passerelle.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The query language of the API, and nothing else: words, {@code "phrases"}, {@code -excluded}
 * words or phrases, and {@code OR} between two terms. Every other character is literal text for the
 * analysers (so {@code title:x*} or {@code ((} are just words); engines never see a query parser's
 * syntax. Words side by side must all match; {@code a OR b} needs either.
 */
public final class QuerySyntax {

    private QuerySyntax() {
    }

    /** A word or a phrase to look for. */
    public record Term(String text, boolean phrase) {
    }

    /**
     * A parsed query: every group must match (each group is one term or alternatives joined by OR);
     * no excluded term may match.
     */
    public record Parsed(List<List<Term>> groups, List<Term> excluded) {

        public boolean isEmpty() {
            return groups.isEmpty() && excluded.isEmpty();
        }

        public int termCount() {
            return groups.stream().mapToInt(List::size).sum() + excluded.size();
        }
    }

    private record Token(String text, boolean phrase, boolean excluded, boolean or) {
    }

    public static Parsed parse(String q) {
        List<Token> tokens = tokens(q == null ? "" : q);
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean joinNext = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean orBetweenTerms = token.or() && !groups.isEmpty() && !joinNext && i + 1 < tokens.size()
                    && !tokens.get(i + 1).or() && !tokens.get(i + 1).excluded();
            if (orBetweenTerms) {
                joinNext = true;
                continue;
            }
            Term term = new Term(token.text(), token.phrase());
            if (token.excluded()) {
                excluded.add(term);
            } else if (joinNext) {
                groups.get(groups.size() - 1).add(term);
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
            joinNext = false;
        }
        return new Parsed(groups.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    private static List<Token> tokens(String q) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            int start = i;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                excluded = true;
                i++;
            }
            if (i < n && q.charAt(i) == '"') {
                int close = q.indexOf('"', i + 1);
                if (close > i) {
                    String phrase = q.substring(i + 1, close).strip();
                    if (!phrase.isEmpty()) {
                        tokens.add(new Token(phrase, true, excluded, false));
                    }
                    i = close + 1;
                    continue;
                }
                // an unbalanced quote is literal: fall through and read a plain word
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end))) {
                end++;
            }
            String word = q.substring(i, end);
            if (word.isEmpty() || (excluded && word.equals("\""))) {
                word = q.substring(start, end);
                excluded = false;
            }
            tokens.add(new Token(word, false, excluded, !excluded && word.equals("OR")));
            i = end;
        }
        return tokens;
    }
}
