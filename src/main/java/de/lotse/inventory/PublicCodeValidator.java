package de.lotse.inventory;

import de.lotse.inventory.publiccode.Findings;
import de.lotse.inventory.publiccode.PublicCodeReader;
import de.lotse.inventory.publiccode.PublicCodeRules;
import org.springframework.stereotype.Service;

/**
 * Checks a {@code publiccode.yml} file against the standard's normative text: required and
 * conditional keys, types, dates, SPDX licence expressions, language and country codes, the
 * standard's vocabularies and the versions of the 0.x line. Nothing is fetched from the network.
 * Any input, however broken, gives a result and never an exception.
 */
@Service
public class PublicCodeValidator {

    /** The largest file checked, in bytes. */
    public static final int MAX_BYTES = PublicCodeReader.MAX_BYTES;

    private final PublicCodeReader reader = new PublicCodeReader();

    private final PublicCodeRules rules = new PublicCodeRules();

    public PublicCodeValidation validate(byte[] content) {
        Findings findings = new Findings();
        try {
            reader.read(content, findings).ifPresent(root -> rules.check(root, findings));
        } catch (RuntimeException | StackOverflowError broken) {
            findings.failed(broken);
        }
        return findings.result();
    }
}
