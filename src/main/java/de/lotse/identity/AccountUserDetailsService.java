package de.lotse.identity;

import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person who logs in, in the first of their municipalities (by name), and stores their
 * password hash anew when the hashing scheme was upgraded. Only active memberships count: an account
 * without any active membership cannot log in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;

    AccountUserDetailsService(UserAccountRepository accounts, MunicipalityRepository municipalities) {
        this.accounts = accounts;
        this.municipalities = municipalities;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String email) {
        UserAccount account = accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        var byMunicipality = account.memberships().stream()
                .filter(Membership::active)
                .collect(java.util.stream.Collectors.toMap(Membership::municipality, Membership::role));
        Municipality municipality = municipalities.findAllById(byMunicipality.keySet()).stream()
                .min(Comparator.comparing(Municipality::name))
                .orElseThrow(() -> new UsernameNotFoundException("no membership"));
        return new CurrentUser(account, municipality.id(), municipality.name(), byMunicipality.get(municipality.id()));
    }

    @Override
    @Transactional
    public CurrentUser updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account =
                accounts.findByEmail(user.getUsername()).orElseThrow(() -> new UsernameNotFoundException("no account"));
        account.changePasswordHash(newPasswordHash);
        return loadUserByUsername(user.getUsername());
    }
}
