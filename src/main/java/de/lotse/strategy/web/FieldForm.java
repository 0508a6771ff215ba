package de.lotse.strategy.web;

import de.lotse.strategy.FieldColour;
import de.lotse.strategy.FieldOfAction;
import de.lotse.strategy.FieldOfActionData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of a field of action as the person filled it in. */
class FieldForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 4000)
    private String description;

    @NotBlank
    private String colour = FieldColour.BLUE.hex();

    private long version;

    static FieldForm of(FieldOfAction field) {
        FieldForm form = new FieldForm();
        form.name = field.name();
        form.description = field.description();
        form.colour = field.colour();
        form.version = field.version();
        return form;
    }

    FieldOfActionData data() {
        return new FieldOfActionData(name, description, colour);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
