package de.lotse.servicecatalog.web;

import de.lotse.platform.Paging;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.servicecatalog.CatalogueQuery;
import de.lotse.servicecatalog.ServiceCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue browser: Themenfelder → Lebenslagen → OZG-Leistungen → LeiKa services, and search. */
@Controller
@RequestMapping("/catalogue")
class CatalogueController {

    static final int PAGE_SIZE = 25;

    private final ServiceCatalogue catalogue;

    CatalogueController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    String browse(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer topic,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CatalogueQuery query = new CatalogueQuery(q, topic, null);
        model.addAttribute("version", catalogue.currentVersion().orElse(null));
        model.addAttribute("tree", catalogue.tree());
        model.addAttribute("q", q);
        model.addAttribute("topic", topic);
        if (!query.isEmpty()) {
            model.addAttribute("results", catalogue.search(query, Paging.of(page, PAGE_SIZE)));
        }
        return "servicecatalog/catalogue";
    }

    @GetMapping("/ozg/{ozgId}")
    String ozgService(@PathVariable String ozgId, Model model) {
        model.addAttribute(
                "service",
                catalogue.ozgService(ozgId).orElseThrow(() -> new RecordNotFoundException("ozg-service", ozgId)));
        return "servicecatalog/ozg-service";
    }
}
