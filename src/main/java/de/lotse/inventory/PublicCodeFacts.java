package de.lotse.inventory;

import de.lotse.platform.WebAddress;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What an application's {@code publiccode.yml} says beyond what a person keeps on it: where its
 * code is, who maintains it, on which platforms it runs, which categories it belongs to. Set (and
 * replaced) by importing the file.
 */
@Embeddable
public class PublicCodeFacts {

    @WebAddress
    private String repositoryUrl;

    private String maintenance;

    private String platforms;

    private String categories;

    protected PublicCodeFacts() {}

    /**
     * @param repositoryUrl the {@code url} of its source code repository, which identifies it
     * @param maintenance how it is maintained and by whom, e.g. "Vertrag: Muster GmbH"
     * @param platforms its platforms, comma-separated, e.g. "web, linux"
     * @param categories its categories of the standard's list, comma-separated
     */
    public PublicCodeFacts(String repositoryUrl, String maintenance, String platforms, String categories) {
        this.repositoryUrl = repositoryUrl;
        this.maintenance = maintenance;
        this.platforms = platforms;
        this.categories = categories;
    }

    public String repositoryUrl() {
        return repositoryUrl;
    }

    public String maintenance() {
        return maintenance;
    }

    public String platforms() {
        return platforms;
    }

    public String categories() {
        return categories;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicCodeFacts that
                && Objects.equals(repositoryUrl, that.repositoryUrl)
                && Objects.equals(maintenance, that.maintenance)
                && Objects.equals(platforms, that.platforms)
                && Objects.equals(categories, that.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(repositoryUrl, maintenance, platforms, categories);
    }
}
