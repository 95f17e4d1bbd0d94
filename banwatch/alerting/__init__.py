"""Alerting: rules (alerts.yml) matched against warehouse changes and source health,
delivered to webhooks, Slack, e-mail or a JSON-lines file.

rules.py loads and validates the rules file, warehouse/alerts.py matches and records
alerts, channels.py sends one alert, deliver.py sends the pending ones, cli.py is
`banwatch alerts`, assets.py the Airflow asset the alerts DAG listens to.
"""
