package de.lotse.portfolio.money.web;

import de.lotse.portfolio.money.MoneySums;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The budget overview: what the portfolio costs per fiscal year, per department and per goal. */
@Controller
class BudgetOverviewController {

    private final MoneySums sums;

    BudgetOverviewController(MoneySums sums) {
        this.sums = sums;
    }

    @GetMapping("/portfolio/budget")
    String overview(@RequestParam(required = false) String year, Model model) {
        Integer fiscalYear = year(year);
        model.addAttribute("report", sums.portfolio(fiscalYear));
        model.addAttribute("year", fiscalYear);
        return "portfolio/money/budget";
    }

    /** A year from the URL; anything else shows all years rather than an error. */
    private static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
