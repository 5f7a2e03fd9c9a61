import os

import psycopg
from fastapi import FastAPI

app = FastAPI()
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://shipyard@db:5432/shipyard")


@app.get("/ships")
def ships() -> list[dict]:
    with psycopg.connect(DATABASE_URL) as conn:
        rows = conn.execute("SELECT id, name FROM ships ORDER BY id").fetchall()
    return [{"id": r[0], "name": r[1]} for r in rows]
