package kernel

import (
	"errors"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/auth"
)

// CodeOAuth2Unverified refuses a first sign-in with a provider that does not vouch for the
// person's e-mail address: an account is found or made only by a verified address.
const CodeOAuth2Unverified = "oauth2.unverified"

// ErrOAuth2NoNewAccount refuses a first sign-in that would create an account when the caller
// may not create one now (the registration limit of the client is reached).
var ErrOAuth2NoNewAccount = errors.New("oauth2: no new account allowed now")

// OAuth2Providers are the sign-in providers an admin enabled for the users collection in the
// dashboard (Collections → users → Options → OAuth2), in the dashboard's order; none when
// OAuth2 is off.
func OAuth2Providers(app core.App) []core.OAuth2ProviderConfig {
	users, err := app.FindCachedCollectionByNameOrId(CollectionUsers)
	if err != nil || !users.OAuth2.Enabled {
		return nil
	}
	return users.OAuth2.Providers
}

// OAuth2Provider is the enabled provider name, set up to come back to redirectURL; false when
// no such provider is enabled.
func OAuth2Provider(app core.App, name, redirectURL string) (auth.Provider, bool) {
	for _, config := range OAuth2Providers(app) {
		if config.Name != name {
			continue
		}
		provider, err := config.InitProvider()
		if err != nil {
			return nil, false
		}
		provider.SetRedirectURL(redirectURL)
		return provider, true
	}
	return nil, false
}

// OAuth2Account is the account that person, as provider vouches for them, signs in to: the
// account already linked to them, else the account of their verified e-mail address (linked
// from now on), else a new account with that address, verified, in locale. In one
// transaction; a person whose address the provider does not verify is refused, and a new
// account is made only when mayCreate (ErrOAuth2NoNewAccount otherwise); created says it was.
func OAuth2Account(app core.App, provider string, person *auth.AuthUser, locale string, mayCreate bool) (account *core.Record, created bool, err error) {
	err = app.RunInTransaction(func(tx core.App) error {
		link, err := tx.FindFirstExternalAuthByExpr(dbx.HashExp{
			"collectionRef": "_pb_users_auth_", "provider": provider, "providerId": person.Id,
		})
		if err == nil {
			account, err = tx.FindRecordById(CollectionUsers, link.RecordRef())
			return err
		}
		if person.Email == "" || person.Id == "" {
			return Refuse(CodeOAuth2Unverified)
		}
		account, err = tx.FindAuthRecordByEmail(CollectionUsers, person.Email)
		if err != nil {
			if !mayCreate {
				return ErrOAuth2NoNewAccount
			}
			if account, err = newOAuth2Account(tx, person, locale); err != nil {
				return err
			}
			created = true
		} else if !account.Verified() {
			// The provider vouches for the address, which whoever chose the password never
			// proved: that password (and its sessions) could be someone else's, so it goes.
			account.SetVerified(true)
			account.SetRandomPassword()
			account.RefreshTokenKey()
			if err := tx.Save(account); err != nil {
				return err
			}
		}
		newLink := core.NewExternalAuth(tx)
		newLink.SetCollectionRef(account.Collection().Id)
		newLink.SetRecordRef(account.Id)
		newLink.SetProvider(provider)
		newLink.SetProviderId(person.Id)
		return tx.Save(newLink)
	})
	return account, created, err
}

// newOAuth2Account creates the verified account of person, with a random password they can
// replace through "Forgot your password?".
func newOAuth2Account(app core.App, person *auth.AuthUser, locale string) (*core.Record, error) {
	users, err := app.FindCachedCollectionByNameOrId(CollectionUsers)
	if err != nil {
		return nil, err
	}
	account := core.NewRecord(users)
	account.SetEmail(person.Email)
	account.SetVerified(true)
	account.SetRandomPassword()
	name := person.Name
	if name == "" {
		name = person.Username
	}
	account.Set("name", name)
	account.Set("locale", locale)
	return account, app.Save(account)
}
