-- A project's goals, topics and dependencies as its history shows them: their titles at the time of
-- each change, kept with the project (and so in project_aud), sorted and separated by semicolons.
-- The links themselves stay in project_goal, project_topic and project_dependency.
alter table project add column goal_titles text;
alter table project add column topic_names text;
alter table project add column dependency_titles text;
alter table project_aud add column goal_titles text;
alter table project_aud add column topic_names text;
alter table project_aud add column dependency_titles text;

update project p set
    goal_titles = (select string_agg(g.title, '; ' order by g.title)
                   from project_goal pg join goal g on g.id = pg.goal_id where pg.project_id = p.id),
    topic_names = (select string_agg(t.name, '; ' order by t.name)
                   from project_topic pt join topic t on t.id = pt.topic_id where pt.project_id = p.id),
    dependency_titles = (select string_agg(d.title, '; ' order by d.title)
                         from project_dependency pd join project d on d.id = pd.depends_on_id
                         where pd.project_id = p.id);
