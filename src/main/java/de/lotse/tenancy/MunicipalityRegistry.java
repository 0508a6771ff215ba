package de.lotse.tenancy;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers municipalities from the official directory and deactivates them; the operator's work. */
@Service
@Transactional
public class MunicipalityRegistry {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final MunicipalityRepository municipalities;
    private final MunicipalityDirectory directory;

    MunicipalityRegistry(MunicipalityRepository municipalities, MunicipalityDirectory directory) {
        this.municipalities = municipalities;
        this.directory = directory;
    }

    /**
     * Registers the municipality with this official key under the given name and public slug.
     *
     * @param name the name people use, e.g. "Stuttgart" for the directory's "Stuttgart,
     *     Landeshauptstadt"
     */
    public Municipality register(String ags, String name, String slug) {
        DirectoryMunicipality entry = directory
                .findByAgs(ags.strip())
                .orElseThrow(() -> new InvalidFieldException("ags", "municipality.ags.unknown"));
        if (municipalities.existsByAgs(entry.ags())) {
            throw new InvalidFieldException("ags", "municipality.ags.taken");
        }
        String cleanSlug = slug.strip();
        if (cleanSlug.length() > 80 || !SLUG.matcher(cleanSlug).matches()) {
            throw new InvalidFieldException("slug", "municipality.slug.invalid");
        }
        if (municipalities.findBySlug(cleanSlug).isPresent()) {
            throw new InvalidFieldException("slug", "municipality.slug.taken");
        }
        String cleanName = name == null || name.isBlank() ? entry.shortName() : name.strip();
        return municipalities.save(Municipality.fromDirectory(entry, cleanName, cleanSlug));
    }

    /** Deactivates or reactivates a municipality; its people can log in only while it is active. */
    public Municipality setActive(MunicipalityId id, boolean active) {
        Municipality municipality =
                municipalities.findById(id).orElseThrow(() -> new RecordNotFoundException("municipality", id));
        municipality.setActive(active);
        return municipality;
    }

    /** A slug proposal for a name: lower case, umlauts spelled out, words joined by hyphens. */
    public static String suggestSlug(String name) {
        String spelled = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
