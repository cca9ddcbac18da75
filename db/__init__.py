"""Pantau's data layer: SQLAlchemy 2 models, engine factory and Alembic migrations.

`db` never imports `core` or `desktop`.
"""
