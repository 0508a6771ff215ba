package de.lotse.strategy;

import de.lotse.platform.StaleVersionException;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Keeps the one vision of the current municipality. */
@Service
@Validated
@Transactional
public class Visions {

    private final VisionRepository repository;

    Visions(VisionRepository repository) {
        this.repository = repository;
    }

    /** The vision, once someone has written it. */
    @Transactional(readOnly = true)
    public Optional<Vision> current() {
        return repository.findFirstBy();
    }

    /**
     * Writes the vision.
     *
     * @param expectedVersion the version the person saw, or {@code null} when there was no vision yet;
     *     anything else than what is stored now means someone else wrote it in between, and nothing is
     *     changed
     */
    public Vision save(Long expectedVersion, @Valid VisionData data) {
        Optional<Vision> existing = repository.findFirstBy();
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleVersionException(null, -1);
            }
            return repository.save(new Vision(data));
        }
        Vision vision = existing.get();
        if (expectedVersion == null || vision.version() != expectedVersion) {
            throw new StaleVersionException(vision, vision.version());
        }
        vision.apply(data);
        return vision;
    }
}
