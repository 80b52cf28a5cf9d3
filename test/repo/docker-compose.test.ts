import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');

// No Docker engine runs on these machines: check the wiring by reading the files.
describe('docker-compose.yml', () => {
  it('runs PostgreSQL 16 with a volume and a health check', () => {
    const db = compose.services.db;
    expect(db.image).toMatch(/^postgres:16(\.|$|-)/);
    const [volume] = db.volumes[0].split(':');
    expect(compose.volumes).toHaveProperty(volume);
    expect(db.volumes[0]).toMatch(/:\/var\/lib\/postgresql\/data$/);
    expect(db.healthcheck.test.join(' ')).toMatch(/pg_isready/);
  });

  it('builds Magnet from the Dockerfile and wires it to the database by DATABASE_URL on port 4000', () => {
    const app = compose.services.magnet;
    expect(path.join(root, app.build.context, app.build.dockerfile)).toBe(path.join(root, 'Dockerfile'));
    const url = new URL(app.environment.DATABASE_URL);
    const db = compose.services.db.environment;
    expect(url.hostname).toBe('db');
    expect(url.port).toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(db.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(db.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${db.POSTGRES_DB}`);
    expect(app.environment.PORT).toBe('4000');
    expect(app.environment.HOST).toBe('0.0.0.0');
    expect(app.ports).toContain('4000:4000');
    expect(app.depends_on.db.condition).toBe('service_healthy');
  });

  it('has a Dockerfile that builds both workspaces and starts the compiled server', () => {
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/RUN npm ci\n/);
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/EXPOSE 4000/);
    const cmd = JSON.parse(dockerfile.match(/^CMD (.*)$/m)![1]!);
    expect(cmd).toEqual(['node', 'server/dist/main.js']);
    const serverPackage = JSON.parse(fs.readFileSync(path.join(root, 'server/package.json'), 'utf8'));
    expect(serverPackage.main).toBe('dist/main.js');
    expect(fs.existsSync(path.join(root, 'server/src/main.ts'))).toBe(true);
  });
});
