CREATE TABLE ships (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO ships (name) VALUES ('Endeavour'), ('Resolute');
