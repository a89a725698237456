package org.passerelle.shared;

/**
 * Who is calling: the anonymous public, the admin, or an editor scoped to one territory.
 */
public record Caller(Role role, String territory, String tokenId) {

    public enum Role { ANONYMOUS, EDITOR, ADMIN }

    public static final Caller ANONYMOUS = new Caller(Role.ANONYMOUS, null, null);

    public static Caller admin(String tokenId) {
        return new Caller(Role.ADMIN, null, tokenId);
    }

    public static Caller editor(String territory, String tokenId) {
        return new Caller(Role.EDITOR, territory, tokenId);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isAuthenticated() {
        return role != Role.ANONYMOUS;
    }

    /** Whether this caller may read and change the given territory's entries and media. */
    public boolean manages(String territorySlug) {
        return isAdmin() || (role == Role.EDITOR && territory.equals(territorySlug));
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw isAuthenticated() ? ApiProblem.forbidden("Only the admin may do this.") : ApiProblem.unauthorized();
        }
    }
}
