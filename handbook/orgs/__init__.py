"""Party organisations (a dated tree), cell assignments, reorganisation, committee profile, workplaces."""
