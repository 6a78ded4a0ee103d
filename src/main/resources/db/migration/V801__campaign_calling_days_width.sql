-- All seven days written out (MONDAY,...,SUNDAY) take 56 characters: V500's 40 refused a
-- campaign that calls every day.
ALTER TABLE campaign MODIFY calling_days VARCHAR(80) NOT NULL;
