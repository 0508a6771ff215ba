package de.lotse.portfolio.qualification.web;

import de.lotse.portfolio.qualification.QualificationMeasureId;
import de.lotse.portfolio.qualification.QualificationMeasures;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Opens the page of a qualification measure by its id alone, as its history links it. */
@Controller
class QualificationRecordPages {

    private final QualificationMeasures measures;

    QualificationRecordPages(QualificationMeasures measures) {
        this.measures = measures;
    }

    @GetMapping("/portfolio/qualification-measures/{id}")
    String measure(@PathVariable UUID id) {
        return "redirect:/projects/" + measures.projectOf(new QualificationMeasureId(id)) + "/qualification";
    }
}
