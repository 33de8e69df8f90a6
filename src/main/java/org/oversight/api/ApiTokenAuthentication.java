package org.oversight.api;

import org.oversight.security.ApiTokenScope;
import org.oversight.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API token: the principal is the token's account, so services see their usual user. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;
    private final long tokenId;
    private final String tokenName;
    private final ApiTokenScope scope;

    ApiTokenAuthentication(ApiTokenService.TokenUse use) {
        super(use.user().getAuthorities());
        this.user = use.user();
        this.tokenId = use.tokenId();
        this.tokenName = use.tokenName();
        this.scope = use.scope();
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    public long tokenId() {
        return tokenId;
    }

    public String tokenName() {
        return tokenName;
    }

    public ApiTokenScope scope() {
        return scope;
    }
}
