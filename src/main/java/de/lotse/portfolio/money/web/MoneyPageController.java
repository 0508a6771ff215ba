package de.lotse.portfolio.money.web;

import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.BudgetLines;
import de.lotse.portfolio.money.BudgetSums;
import de.lotse.portfolio.money.FundingApplications;
import de.lotse.portfolio.money.MoneySums;
import de.lotse.portfolio.money.ProjectLookup;
import de.lotse.portfolio.money.ProjectMoney;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's money page: its budget lines by fiscal year with their sums, and its funding applications. */
@Controller
class MoneyPageController {

    private final ProjectLookup projects;
    private final BudgetLines lines;
    private final FundingApplications applications;
    private final MoneySums sums;

    MoneyPageController(ProjectLookup projects, BudgetLines lines, FundingApplications applications, MoneySums sums) {
        this.projects = projects;
        this.lines = lines;
        this.applications = applications;
        this.sums = sums;
    }

    @GetMapping("/projects/{projectId}/money")
    String view(@PathVariable UUID projectId, Model model) {
        ProjectId id = new ProjectId(projectId);
        model.addAttribute("project", projects.require(id));
        model.addAttribute("withinLimits", projects.withinLimits(id));
        List<BudgetLine> all = lines.ofProject(id);
        Map<Integer, List<BudgetLine>> byYear = all.stream()
                .collect(Collectors.groupingBy(BudgetLine::fiscalYear, LinkedHashMap::new, Collectors.toList()));
        ProjectMoney money = sums.ofProject(id);
        Map<Integer, BudgetSums> yearSums = new LinkedHashMap<>();
        money.years().forEach(year -> yearSums.put(year.fiscalYear(), year.sums()));
        model.addAttribute("linesByYear", byYear);
        model.addAttribute("yearSums", yearSums);
        model.addAttribute("money", money);
        model.addAttribute("applications", applications.ofProject(id));
        return "portfolio/money/view";
    }
}
