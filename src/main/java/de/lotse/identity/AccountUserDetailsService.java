package de.lotse.identity;

import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person who logs in, in the municipality they last switched to or else the first of their
 * municipalities (by name), and stores their
 * password hash anew when the hashing scheme was upgraded. An account without any membership in an
 * active municipality cannot log in; only active memberships count. An operator belongs to no
 * municipality.
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
        if (account.operator()) {
            return CurrentUser.operator(account);
        }
        var byMunicipality = account.memberships().stream()
                .filter(Membership::active)
                .collect(Collectors.toMap(Membership::municipality, Membership::role));
        // a deactivated municipality's people cannot log in to it
        var allowed = municipalities.findAllById(byMunicipality.keySet()).stream()
                .filter(Municipality::active)
                .toList();
        Municipality municipality = account.lastMunicipality()
                .flatMap(last -> allowed.stream()
                        .filter(candidate -> candidate.id().equals(last))
                        .findFirst())
                .or(() -> allowed.stream().min(Comparator.comparing(Municipality::name)))
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
