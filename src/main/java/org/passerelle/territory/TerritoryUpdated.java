package org.passerelle.territory;

/** A territory was created or changed (its name is searched with its entries). */
public record TerritoryUpdated(String slug) {
}
