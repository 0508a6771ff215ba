package de.lotse.portfolio.web;

import de.lotse.portfolio.Topics;
import de.lotse.portfolio.internal.StrategyOptions;
import de.lotse.tenancy.Departments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** The choices of the portfolio's filters, read in one transaction (one connection binding, not four). */
@Component
class FilterOptions {

    private final Departments departments;
    private final StrategyOptions strategy;
    private final Topics topics;

    FilterOptions(Departments departments, StrategyOptions strategy, Topics topics) {
        this.departments = departments;
        this.strategy = strategy;
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    public void addTo(Model model) {
        model.addAttribute("departments", departments.tree().entries());
        model.addAttribute("fields", strategy.fields());
        model.addAttribute("goalOptions", strategy.goals());
        model.addAttribute("topicOptions", topics.all());
    }
}
