package de.lotse.portfolio.money.web;

import de.lotse.portfolio.money.BudgetLineId;
import de.lotse.portfolio.money.BudgetLines;
import de.lotse.portfolio.money.FundingApplicationId;
import de.lotse.portfolio.money.FundingApplications;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Opens the page of a budget line or funding application by its id alone, as its history links it. */
@Controller
class MoneyRecordPages {

    private final BudgetLines lines;
    private final FundingApplications applications;

    MoneyRecordPages(BudgetLines lines, FundingApplications applications) {
        this.lines = lines;
        this.applications = applications;
    }

    @GetMapping("/portfolio/budget-lines/{id}")
    String budgetLine(@PathVariable UUID id) {
        return "redirect:/projects/" + lines.projectOf(new BudgetLineId(id)) + "/money";
    }

    @GetMapping("/portfolio/funding-applications/{id}")
    String fundingApplication(@PathVariable UUID id) {
        return "redirect:/projects/" + applications.projectOf(new FundingApplicationId(id)) + "/money";
    }
}
