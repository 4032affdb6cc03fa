import { GRAPH_PERMISSIONS } from '../data/graphPermissions.generated';

/** One consent scheme of a Graph permission: its privilege level (1 lowest to 4 highest, 0 unknown) and consent. */
export interface GraphPermissionScheme {
  level: number;
  adminConsent: boolean;
}

/** A Microsoft Graph permission as Graph's own permission reference describes it. */
export interface GraphPermission {
  /** The permission's name as Microsoft spells it (`Files.ReadWrite.All`). */
  name: string;
  delegatedWork: GraphPermissionScheme | undefined;
  delegatedPersonal: GraphPermissionScheme | undefined;
  application: GraphPermissionScheme | undefined;
}

let byLowerName: Map<string, string> | undefined;

function decode(field: string | undefined): GraphPermissionScheme | undefined {
  if (!field || field === '-') {
    return undefined;
  }
  return { level: Number.parseInt(field, 10) || 0, adminConsent: field.endsWith('a') };
}

/**
 * The Microsoft Graph permission called `name`, matched without regard to case as Entra matches scopes
 * (`files.readwrite.all` is `Files.ReadWrite.All`); `undefined` for names Graph does not define. The name must
 * already be free of the Graph resource prefix.
 */
export function getGraphPermission(name: string): GraphPermission | undefined {
  if (!byLowerName) {
    byLowerName = new Map(Object.keys(GRAPH_PERMISSIONS).map(key => [key.toLowerCase(), key]));
  }
  const canonical = byLowerName.get(name.toLowerCase());
  const encoded =
    canonical === undefined || !Object.hasOwn(GRAPH_PERMISSIONS, canonical) ? undefined : GRAPH_PERMISSIONS[canonical];
  if (canonical === undefined || encoded === undefined) {
    return undefined;
  }
  const [work, personal, application] = encoded.split(' ');
  return {
    name: canonical,
    delegatedWork: decode(work),
    delegatedPersonal: decode(personal),
    application: decode(application),
  };
}
