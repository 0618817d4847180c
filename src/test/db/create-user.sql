-- Test database user for the integration tests (the embedded MariaDB's root has no password).
CREATE USER IF NOT EXISTS 'jornada'@'127.0.0.1' IDENTIFIED BY 'jornada-test';
CREATE USER IF NOT EXISTS 'jornada'@'localhost' IDENTIFIED BY 'jornada-test';
GRANT ALL PRIVILEGES ON jornada.* TO 'jornada'@'127.0.0.1';
GRANT ALL PRIVILEGES ON jornada.* TO 'jornada'@'localhost';
FLUSH PRIVILEGES;
